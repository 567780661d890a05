import { useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { DateTime } from 'luxon';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { FreeTime } from '../../../../shared/contract/availability';
import { formatMinutes } from './format';
import { BREAK_CHOICES, breakLabel, breakSecondsOf, type AppointmentFormValues } from './formModel';
import { FreeSlotFinder } from '../availability';
import { NumberField } from './NumberField';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('appointments/TimeSection', {
  withBreak: params('{services} of services + {break} min break'),
  servicesAndBreak: 'Services plus the technical break',
  section: 'Team member and time',
  teamMember: 'Team member',
  anyTeamMember: 'Any team member',
  dateTime: 'Date and time',
  hideFree: 'Hide free times',
  findFree: 'Find a free time',
  duration: 'Duration, minutes',
  technicalBreak: 'Technical break',
  included: 'Included in the duration',
});

interface TimeSectionProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** Recomputes the duration from the services (unless the user typed one). */
  recompute: () => void;
}

/** Team member, date and time, duration and technical break, and the free-slot finder. */
export function TimeSection({ locationId, zone, teamMembers, recompute }: TimeSectionProps) {
  const { control, setValue, getValues } = useFormContext<AppointmentFormValues>();
  const [finding, setFinding] = useState(false);
  const t = useMessages(messages);
  const [teamMemberId, start, services, breakChoice, duration] = useWatch({
    control,
    name: ['teamMemberId', 'start', 'services', 'breakChoice', 'durationMinutes'],
  });
  const breakMinutes = (breakSecondsOf(breakChoice) ?? 0) / 60;

  const pick = (time: FreeTime) => {
    setValue('start', time.start, { shouldDirty: true, shouldValidate: true });
    if (getValues('teamMemberId') === 0 && time.teamMemberIds[0] !== undefined) {
      setValue('teamMemberId', time.teamMemberIds[0], { shouldDirty: true, shouldValidate: true });
      recompute();
    }
  };

  const durationHint =
    breakMinutes > 0 && Number.isFinite(duration)
      ? t.withBreak({ services: formatMinutes(duration - breakMinutes), break: breakMinutes })
      : t.servicesAndBreak;

  return (
    <Box component="section" aria-label={t.section}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Controller
          control={control}
          name="teamMemberId"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={t.teamMember}
              {...field}
              onChange={(event) => {
                field.onChange(Number(event.target.value));
                recompute();
              }}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? ' '}
              sx={{ minWidth: 220 }}
            >
              <MenuItem value={0}>{t.anyTeamMember}</MenuItem>
              {teamMembers.map((member) => (
                <MenuItem key={member.id} value={member.id}>
                  {member.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="start"
          render={({ field, fieldState }) => (
            <DateTimePicker
              label={t.dateTime}
              timezone={zone}
              ampm={false}
              format="yyyy-MM-dd HH:mm"
              value={field.value ? DateTime.fromISO(field.value, { zone }) : null}
              onChange={(value: DateTime | null) =>
                field.onChange(
                  value?.isValid
                    ? // A half-typed time borrows the seconds of "now"; bookings are to the minute.
                      value
                        .setZone(zone)
                        .set({ second: 0, millisecond: 0 })
                        .toISO({ suppressMilliseconds: true, includeOffset: true })
                    : '',
                )
              }
              inputRef={field.ref}
              slotProps={{
                textField: {
                  name: 'start',
                  onBlur: field.onBlur,
                  error: Boolean(fieldState.error),
                  helperText: fieldState.error?.message ?? ' ',
                },
              }}
            />
          )}
        />
        <Box>
          <Button sx={{ mt: 1 }} onClick={() => setFinding((open) => !open)} aria-expanded={finding}>
            {finding ? t.hideFree : t.findFree}
          </Button>
        </Box>
      </Stack>
      {finding && (
        <FreeSlotFinder
          locationId={locationId}
          zone={zone}
          teamMemberId={teamMemberId}
          serviceIds={services.map((line) => line.serviceId)}
          start={start}
          teamMembers={teamMembers}
          onPick={pick}
        />
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mt: 1 }}>
        <NumberField
          name="durationMinutes"
          label={t.duration}
          min={5}
          max={720}
          step={5}
          helperText={durationHint}
          onValue={() => setValue('durationManual', true)}
          sx={{ minWidth: 220 }}
        />
        <Controller
          control={control}
          name="breakChoice"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={t.technicalBreak}
              {...field}
              onChange={(event) => {
                const previous = (breakSecondsOf(field.value) ?? 0) / 60;
                const next = (breakSecondsOf(event.target.value) ?? 0) / 60;
                field.onChange(event.target.value);
                // Altegio counts the break inside the length: keep the services' time as it was.
                if (getValues('durationManual')) {
                  const current = getValues('durationMinutes');
                  if (Number.isFinite(current)) setValue('durationMinutes', current - previous + next);
                } else recompute();
              }}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? t.included}
              sx={{ minWidth: 220 }}
            >
              {BREAK_CHOICES.map((choice) => (
                <MenuItem key={choice} value={choice}>
                  {breakLabel(choice)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
    </Box>
  );
}
