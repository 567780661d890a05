import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { call } from '../../api';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('runningLate/CopyAllPhones', {
  copied: 'Phone numbers copied',
  failed: 'Could not copy: try again',
  copyAll: 'Copy all phone numbers',
});

/** Copies the phone numbers of the clients to call, one a line; nothing to show when there are none. */
export function CopyAllPhones({ text }: { text: string }) {
  const t = useMessages(messages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!text) return null;
  return (
    <Button
      size="small"
      startIcon={<ContentCopyIcon fontSize="small" />}
      sx={{ alignSelf: 'flex-start' }}
      onClick={() => {
        call('app.copyText', { text }).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {state === 'copied' ? t.copied : state === 'failed' ? t.failed : t.copyAll}
    </Button>
  );
}
