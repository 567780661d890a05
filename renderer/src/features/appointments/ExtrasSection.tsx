import { Controller, useFormContext } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { AppointmentStatus } from '../../../../shared/domain/appointment';
import type { Label } from '../../../../shared/domain/label';
import { ColourPalette } from './ColourPalette';
import { statusNames } from './format';
import type { AppointmentFormValues } from './formModel';
import { NumberField } from './NumberField';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('appointments/ExtrasSection', {
  section: 'Details',
  status: 'Status',
  smsReminder: 'SMS reminder, hours before',
  emailReminder: 'E-mail reminder, hours before',
  none: '0 = none',
  comment: 'Comment',
  ctrlEnter: 'Ctrl+Enter saves',
  sendSms: 'Send the details by SMS now',
  labels: 'Labels',
  externalId: 'External id',
  externalIdHelp: 'The id of this appointment in another system',
});

/** Status, comment, reminders, colour, labels and the external id. */
export function ExtrasSection({ labels }: { labels: readonly Label[] }) {
  const { control, register, formState } = useFormContext<AppointmentFormValues>();
  const t = useMessages(messages);
  return (
    <Box component="section" aria-label={t.section}>
      <Stack spacing={1.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <TextField select label={t.status} {...field} sx={{ minWidth: 160 }}>
                {AppointmentStatus.options.map((status) => (
                  <MenuItem key={status} value={status}>
                    {statusNames[status]}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <NumberField
            name="smsReminderHours"
            label={t.smsReminder}
            min={0}
            max={720}
            helperText={t.none}
            sx={{ minWidth: 220 }}
          />
          <NumberField
            name="emailReminderHours"
            label={t.emailReminder}
            min={0}
            max={720}
            helperText={t.none}
            sx={{ minWidth: 220 }}
          />
        </Stack>
        <TextField
          label={t.comment}
          multiline
          minRows={2}
          {...register('comment')}
          error={Boolean(formState.errors.comment)}
          helperText={formState.errors.comment?.message ?? t.ctrlEnter}
        />
        <Controller
          control={control}
          name="sendSms"
          render={({ field }) => (
            <FormControlLabel
              control={
                <Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
              }
              label={t.sendSms}
            />
          )}
        />
        <Controller
          control={control}
          name="customColour"
          render={({ field }) => <ColourPalette value={field.value} onChange={field.onChange} />}
        />
        <Controller
          control={control}
          name="labelIds"
          render={({ field, fieldState }) => (
            <Autocomplete
              multiple
              options={labels.map((label) => label.id)}
              value={field.value}
              onChange={(_event, ids) => field.onChange(ids)}
              getOptionLabel={(id) => labels.find((label) => label.id === id)?.title ?? `#${id}`}
              renderValue={(ids, getItemProps) =>
                ids.map((id, index) => {
                  const label = labels.find((item) => item.id === id);
                  const { key, ...itemProps } = getItemProps({ index });
                  return (
                    <Chip
                      key={key}
                      size="small"
                      label={label?.title ?? `#${id}`}
                      sx={label ? { bgcolor: label.colour, color: '#fff' } : undefined}
                      {...itemProps}
                    />
                  );
                })
              }
              renderOption={({ key, ...props }, id) => {
                const label = labels.find((item) => item.id === id);
                return (
                  <li key={key} {...props}>
                    <Box
                      component="span"
                      sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: label?.colour, mr: 1 }}
                    />
                    {label?.title}
                  </li>
                );
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={t.labels}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message}
                />
              )}
            />
          )}
        />
        <TextField
          label={t.externalId}
          {...register('externalId')}
          error={Boolean(formState.errors.externalId)}
          helperText={formState.errors.externalId?.message ?? t.externalIdHelp}
        />
      </Stack>
    </Box>
  );
}
