import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { Client } from '../../../../shared/domain/client';
import { problemText } from '../../api';
import { DiscardChangesDialog } from '../../components/DiscardChangesDialog';
import { i18n, useMessages } from '../../i18n';
import { useCurrency } from '../../money';
import { useCustomFields } from '../customFields';
import { useTeam } from '../team';
import { useClientDetails } from './api';
import type { BookingClient } from './ClientCardProvider';
import { ClientComments } from './ClientComments';
import { ClientDetails } from './ClientDetails';
import { ClientEditForm } from './ClientEditForm';
import { fullName } from './format';

const messages = i18n('clients/ClientCardDialog', {
  client: 'Client',
  loading: 'Loading the client',
  retry: 'Retry',
  notLoaded: 'The client could not be loaded.',
  loadingFields: "Loading the client's fields",
  edit: 'Edit client',
  book: 'Book',
  close: 'Close',
  subject: 'This client',
});

interface ClientCardDialogProps {
  locationId: number;
  zone: string;
  clientId: number;
  onClose: () => void;
  /** Starts a booking for this client; null where booking is not offered. */
  onBook: ((client: BookingClient) => void) | null;
  onSaved: (client: Client) => void;
}

/** Everything the desk knows of one client, with edit, notes and "Book". */
export function ClientCardDialog({
  locationId,
  zone,
  clientId,
  onClose,
  onBook,
  onSaved,
}: ClientCardDialogProps) {
  const details = useClientDetails(locationId, clientId);
  const fields = useCustomFields(locationId, 'client');
  const team = useTeam(locationId);
  const currency = useCurrency();
  const t = useMessages(messages);
  const [editing, setEditing] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const client = details.data?.client;
  const leaveEditing = () => {
    setEditing(false);
    setDirty(false);
  };
  // Nothing typed is lost to a stray Esc or click beside the card.
  const close = () => (editing && dirty ? setAsking(true) : onClose());

  return (
    <Dialog open onClose={close} aria-labelledby="client-card-title" fullWidth maxWidth="sm">
      <DialogTitle id="client-card-title">{client ? fullName(client) : t.client}</DialogTitle>
      <DialogContent dividers>
        {details.isPending && <LinearProgress aria-label={t.loading} />}
        {details.error && (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => void details.refetch()}>
                {t.retry}
              </Button>
            }
          >
            {problemText(details.error, t.notLoaded)}
          </Alert>
        )}
        {details.data && client && (
          <Stack spacing={1.5}>
            {editing ? (
              fields.isPending ? (
                <LinearProgress aria-label={t.loadingFields} />
              ) : (
                <ClientEditForm
                  locationId={locationId}
                  client={client}
                  fields={fields.data ?? []}
                  onDone={leaveEditing}
                  onSaved={onSaved}
                  onReload={async () => (await details.refetch()).data?.client ?? null}
                  onDirtyChange={setDirty}
                />
              )
            ) : (
              <ClientDetails
                card={details.data}
                fields={fields.data ?? []}
                zone={zone}
                currency={currency}
                teamMembers={team.data ?? []}
              />
            )}
            <Divider />
            <ClientComments locationId={locationId} clientId={clientId} zone={zone} />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Box sx={{ flexGrow: 1 }}>
          {client && !editing && <Button onClick={() => setEditing(true)}>{t.edit}</Button>}
        </Box>
        {client && onBook && !editing && (
          <Button
            variant="contained"
            onClick={() =>
              onBook({
                id: client.id,
                name: fullName(client),
                phone: client.phone,
                email: client.email,
                visitsCount: client.visits,
              })
            }
          >
            {t.book}
          </Button>
        )}
        <Button onClick={close}>{t.close}</Button>
      </DialogActions>
      <DiscardChangesDialog
        open={asking}
        subject={t.subject}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onClose();
        }}
      />
    </Dialog>
  );
}
