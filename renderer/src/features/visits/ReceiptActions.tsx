import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { useOpenReceipt, useSaveReceipt, type VisitKey } from './api';

const messages = i18n('visits/ReceiptActions', {
  none: 'No receipt yet: nothing has been paid for in this visit.',
  savedAs: params('Receipt saved as {file}.'),
  aPdf: 'a PDF',
  notSaved: 'The receipt could not be saved.',
  notOpened: 'The receipt could not be opened.',
  save: 'Save receipt PDF…',
  open: 'Open receipt',
  receipt: 'Receipt',
});

interface ReceiptActionsProps {
  visitKey: VisitKey;
  /** Whether Altegio has a receipt for the visit (something was sold and paid). */
  receipt: boolean;
}

/** Saves the visit's receipt PDF where the person chooses, or shows it in the system's viewer. */
export function ReceiptActions({ visitKey, receipt }: ReceiptActionsProps) {
  const save = useSaveReceipt(visitKey);
  const open = useOpenReceipt(visitKey);
  const t = useMessages(messages);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const busy = save.isPending || open.isPending;

  if (!receipt)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="no-receipt">
        {t.none}
      </Typography>
    );

  const run = async (work: () => Promise<string | null>, fallback: string) => {
    setOutcome(null);
    try {
      const text = await work();
      if (text) setOutcome({ ok: true, text });
    } catch (error) {
      setOutcome({ ok: false, text: problemText(error, fallback) });
    }
  };

  return (
    <Stack spacing={1} aria-label={t.receipt} role="group">
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          size="small"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const result = await save.mutateAsync();
              // A closed save dialog is no answer, not a failure.
              return result.saved ? t.savedAs({ file: result.fileName ?? t.aPdf }) : null;
            }, t.notSaved)
          }
        >
          {t.save}
        </Button>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await open.mutateAsync();
              return null;
            }, t.notOpened)
          }
        >
          {t.open}
        </Button>
      </Stack>
      {outcome && (
        <Alert severity={outcome.ok ? 'success' : 'error'} onClose={() => setOutcome(null)}>
          {outcome.text}
        </Alert>
      )}
    </Stack>
  );
}
