import { useCallback, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
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
import Typography from '@mui/material/Typography';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { CustomField } from '../../../../shared/domain/customField';
import type { Label } from '../../../../shared/domain/label';
import type { Service } from '../../../../shared/domain/service';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { DiscardChangesDialog } from '../../components/DiscardChangesDialog';
import { pressed } from '../../commands';
import { i18n, useMessages } from '../../i18n';
import { useReadOnly } from '../offline';
import { ClientSection } from './ClientSection';
import { CustomFieldsSection } from './CustomFieldsSection';
import { ExtrasSection } from './ExtrasSection';
import { appointmentFormCommands } from './formKeys';
import { durationFor, type AppointmentFormValues } from './formModel';
import { appointmentFormSchema } from './formSchema';
import { SaveProblemAlert } from './SaveProblemAlert';
import { ServicesSection } from './ServicesSection';
import { TimeSection } from './TimeSection';
import { useSaveAppointment } from './useSaveAppointment';

const messages = i18n('appointments/AppointmentForm', {
  saving: 'Saving',
  needsLook: 'Some inputs need a look; each one says what is wrong.',
  close: 'Close',
  saveChanges: 'Save changes',
  book: 'Book',
  subject: 'This appointment',
});

interface AppointmentFormProps {
  title: string;
  locationId: number;
  zone: string;
  editing: Appointment | null;
  defaults: AppointmentFormValues;
  teamMembers: readonly TeamMember[];
  services: readonly Service[];
  labels: readonly Label[];
  customFields: readonly CustomField[];
  onClose: () => void;
  onSaved: (appointment: SavedAppointment) => void;
}

export function AppointmentForm(props: AppointmentFormProps) {
  const { title, locationId, zone, editing, defaults, teamMembers, services, labels, customFields } = props;
  const t = useMessages(messages);
  // What was typed stays; only sending it waits for Altegio (nothing is queued).
  const readOnly = useReadOnly();
  const schema = useMemo(() => appointmentFormSchema(customFields), [customFields]);
  const form = useForm<AppointmentFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    mode: 'onTouched',
  });
  const { handleSubmit, setError, getValues, setValue, formState } = form;
  // Read while rendering: react-hook-form tracks only the form state a render has asked for.
  const { isDirty } = formState;
  const [confirmingClose, setConfirmingClose] = useState(false);
  const saver = useSaveAppointment({
    locationId: props.locationId,
    editing,
    fields: customFields,
    onSaved: props.onSaved,
    showFieldError: (name, message) =>
      setError(name as keyof AppointmentFormValues, { type: 'server', message }, { shouldFocus: true }),
  });

  const recompute = useCallback(() => {
    const values = getValues();
    if (values.durationManual) return;
    const minutes = durationFor(values.services, services, values.teamMemberId, values.breakChoice);
    if (minutes !== null) setValue('durationMinutes', minutes, { shouldDirty: true, shouldValidate: true });
  }, [getValues, setValue, services]);

  const submit = handleSubmit((values) => (readOnly === null ? saver.save(values) : undefined));
  const saveWith = (options: { saveIfBusy?: boolean; overwrite?: boolean }) =>
    void handleSubmit((values) => (readOnly === null ? saver.save(values, options) : undefined))();

  const requestClose = () => {
    if (saver.saving) return;
    if (isDirty) setConfirmingClose(true);
    else props.onClose();
  };

  return (
    <Dialog open onClose={requestClose} fullWidth maxWidth="md" aria-labelledby="appointment-dialog-title">
      <FormProvider {...form}>
        <Box
          component="form"
          noValidate
          aria-label={title}
          onSubmit={submit}
          onKeyDown={(event) => {
            if (appointmentFormCommands.some((command) => pressed(event, command))) {
              event.preventDefault();
              void submit();
            }
          }}
          sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}
        >
          <DialogTitle id="appointment-dialog-title">{title}</DialogTitle>
          <DialogContent dividers>
            <Stack spacing={2}>
              <ClientSection
                locationId={locationId}
                zone={zone}
                teamMembers={teamMembers}
                autoFocus={!editing}
              />
              <Divider />
              <ServicesSection services={services} onChange={recompute} />
              <TimeSection
                locationId={locationId}
                zone={zone}
                teamMembers={teamMembers}
                recompute={recompute}
              />
              <Divider />
              <ExtrasSection labels={labels} />
              <CustomFieldsSection fields={customFields} />
            </Stack>
          </DialogContent>
          {saver.saving && <LinearProgress aria-label={t.saving} />}
          {saver.problem && (
            <SaveProblemAlert
              problem={saver.problem}
              editing={editing !== null}
              onSaveAnyway={() => saveWith({ saveIfBusy: true })}
              onRetry={() => saveWith({})}
              onOverwrite={() => saveWith({ overwrite: true })}
              onDismiss={saver.dismiss}
            />
          )}
          {Object.keys(formState.errors).length > 0 && formState.isSubmitted && !saver.problem && (
            <Alert severity="warning" sx={{ mx: 2, mt: 1 }}>
              {t.needsLook}
            </Alert>
          )}
          <DialogActions>
            {readOnly && (
              <Typography
                id="appointment-read-only"
                variant="body2"
                color="warning.main"
                sx={{ mr: 'auto', ml: 1 }}
              >
                {readOnly}
              </Typography>
            )}
            <Button onClick={requestClose} disabled={saver.saving}>
              {t.close}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={saver.saving || readOnly !== null}
              aria-describedby={readOnly ? 'appointment-read-only' : undefined}
            >
              {editing ? t.saveChanges : t.book}
            </Button>
          </DialogActions>
        </Box>
      </FormProvider>
      <DiscardChangesDialog
        subject={t.subject}
        open={confirmingClose}
        onKeep={() => setConfirmingClose(false)}
        onDiscard={() => {
          setConfirmingClose(false);
          props.onClose();
        }}
      />
    </Dialog>
  );
}
