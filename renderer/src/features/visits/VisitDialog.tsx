import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { DiscardChangesDialog } from '../../components/DiscardChangesDialog';
import { i18n, params, useMessages } from '../../i18n';
import { useCurrency } from '../../money';
import { useVisit, type VisitKey } from './api';
import { ReceiptActions } from './ReceiptActions';
import { VisitAppointments } from './VisitAppointments';
import { VisitForm } from './VisitForm';
import { VisitMoney } from './VisitMoney';

const messages = i18n('visits/VisitDialog', {
  title: params('Visit #{id}'),
  loading: 'Loading the visit',
  retry: 'Retry',
  notLoaded: 'The visit could not be loaded.',
  appointments: 'Appointments',
  receipt: 'Receipt',
  close: 'Close visit',
  subject: 'This visit',
});

export interface VisitDialogProps {
  visitKey: VisitKey;
  zone: string;
  teamMembers: readonly TeamMember[];
  onClose: () => void;
}

/**
 * One visit, opened from one of its appointments: every appointment, what was sold and paid, its
 * attendance and comment (editable), and the receipt.
 */
export function VisitDialog({ visitKey, zone, teamMembers, onClose }: VisitDialogProps) {
  const view = useVisit(visitKey);
  const currency = useCurrency();
  const t = useMessages(messages);
  const [dirty, setDirty] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const onDirty = useCallback((value: boolean) => setDirty(value), []);
  const requestClose = () => (dirty ? setConfirmingClose(true) : onClose());
  const title = t.title({ id: visitKey.visitId });

  return (
    <>
      <Dialog open onClose={requestClose} fullWidth maxWidth="md" aria-labelledby="visit-dialog-title">
        <DialogTitle id="visit-dialog-title">{title}</DialogTitle>
        <DialogContent dividers>
          {view.isPending && <LinearProgress aria-label={t.loading} />}
          {view.isError && (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => void view.refetch()}>
                  {t.retry}
                </Button>
              }
            >
              {problemText(view.error, t.notLoaded)}
            </Alert>
          )}
          {view.data && (
            <>
              <Typography variant="subtitle2" component="h3">
                {t.appointments}
              </Typography>
              <VisitAppointments
                appointments={view.data.visit.appointments}
                zone={zone}
                teamMembers={teamMembers}
              />
              <VisitMoney details={view.data.details} currency={currency} zone={zone} />
              <Divider sx={{ my: 2 }} />
              <VisitForm visitKey={visitKey} visit={view.data.visit} onDirty={onDirty} />
              <Divider sx={{ my: 2 }} />
              <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
                {t.receipt}
              </Typography>
              <ReceiptActions visitKey={visitKey} receipt={view.data.details.receipt} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={requestClose}>{t.close}</Button>
        </DialogActions>
      </Dialog>
      <DiscardChangesDialog
        open={confirmingClose}
        subject={t.subject}
        onKeep={() => setConfirmingClose(false)}
        onDiscard={() => {
          setConfirmingClose(false);
          onClose();
        }}
      />
    </>
  );
}
