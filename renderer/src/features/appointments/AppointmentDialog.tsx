import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import { AppointmentForm } from './AppointmentForm';
import { appointmentToForm, durationFor, emptyForm, type NewAppointmentSlot } from './formModel';
import { useCatalog } from './useCatalog';
import { problemText } from '../../api';
import { usePreferences } from '../preferences';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('appointments/AppointmentDialog', {
  edit: 'Edit appointment',
  create: 'New appointment',
  retry: 'Retry',
  notLoaded: 'The services and fields could not be loaded.',
  loading: 'Loading services and fields',
});

export type AppointmentDialogRequest =
  { kind: 'create'; slot: NewAppointmentSlot } | { kind: 'edit'; appointment: Appointment };

interface AppointmentDialogProps {
  locationId: number;
  zone: string;
  request: AppointmentDialogRequest | null;
  onClose: () => void;
  onSaved: (appointment: SavedAppointment, kind: AppointmentDialogRequest['kind']) => void;
}

/** The create/edit dialog: waits for the catalogue, then opens a fresh form for each request. */
export function AppointmentDialog({ locationId, zone, request, onClose, onSaved }: AppointmentDialogProps) {
  const catalog = useCatalog(locationId);
  const { preferences } = usePreferences();
  const t = useMessages(messages);
  const breakDefault = preferences.breakDefaults[String(locationId)] ?? null;
  // Each opening gets its own form (and its own apiId), so nothing leaks from one booking to the next.
  const [opened, setOpened] = useState({ request, count: 0 });
  if (opened.request !== request) setOpened({ request, count: opened.count + 1 });

  const defaults = useMemo(() => {
    if (!request || !catalog.ready) return null;
    const fields = catalog.customFields ?? [];
    if (request.kind === 'create') return emptyForm(request.slot, fields, breakDefault);
    const values = appointmentToForm(request.appointment, fields);
    const computed = durationFor(
      values.services,
      catalog.services ?? [],
      values.teamMemberId,
      values.breakChoice,
    );
    return { ...values, durationManual: computed !== values.durationMinutes };
  }, [request, catalog.ready, catalog.customFields, catalog.services, breakDefault]);

  const title = request?.kind === 'edit' ? t.edit : t.create;
  if (!request) return null;
  if (!defaults) {
    return (
      <Dialog open onClose={onClose} aria-labelledby="appointment-dialog-title" fullWidth maxWidth="md">
        <DialogTitle id="appointment-dialog-title">{title}</DialogTitle>
        <DialogContent>
          {catalog.error ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={catalog.retry}>
                  {t.retry}
                </Button>
              }
            >
              {problemText(catalog.error, t.notLoaded)}
            </Alert>
          ) : (
            <LinearProgress aria-label={t.loading} />
          )}
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <AppointmentForm
      key={opened.count}
      title={title}
      locationId={locationId}
      zone={zone}
      editing={request.kind === 'edit' ? request.appointment : null}
      defaults={defaults}
      teamMembers={catalog.teamMembers ?? []}
      services={catalog.services ?? []}
      labels={catalog.labels ?? []}
      customFields={catalog.customFields ?? []}
      onClose={onClose}
      onSaved={(saved) => onSaved(saved, request.kind)}
    />
  );
}
