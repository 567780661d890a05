import { useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Appointment } from '../../../../shared/domain/appointment';
import { WALK_IN_LIMITS, type WalkInBooked, type WalkInOption } from '../../../../shared/contract/walkIn';
import { mayHaveSaved } from '../../api';
import { i18n, plural, useMessages } from '../../i18n';
import { useServices } from '../services';
import { useBookWalkIn, useWalkInChoices } from './api';
import { WalkInResults } from './WalkInResults';
import {
  bookingFailure,
  clientProblems,
  findFailureText,
  refusedClientFields,
  WALK_IN_HOURS,
  type WalkInClient,
} from './model';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('walkIn/WalkInDialog', {
  maySaved:
    'The last try may have been saved after all. Check the calendar before booking again, or press Book once more to go ahead.',
  title: 'Walk-in: who can take them now?',
  services: 'Services',
  servicesHint: 'Haircut, colour…',
  within: 'Within',
  hours: plural({ one: '{count} hour', other: '{count} hours' }),
  name: 'Client name',
  phone: 'Phone',
  phoneHint: 'An existing client is found by phone',
  pick: 'Pick the services the client wants.',
  looking: 'Looking up who is free',
  retry: 'Retry',
  refresh: 'Refresh',
  close: 'Close',
});

interface WalkInDialogProps {
  locationId: number;
  zone: string;
  onClose: () => void;
  onBooked: (appointment: Appointment, markedBy: WalkInBooked['markedBy']) => void;
  /** Text already typed in the services field (the command palette's "walk-in haircut"). */
  serviceText?: string;
}

/** One booking attempt of one time: its apiId is reused when the last try may have saved. */
interface Attempt {
  key: string;
  apiId: string;
  unsure: boolean;
  /** The user was told this unsure try may have been saved. */
  warned: boolean;
}

/** "A client just walked in": pick services, see who can take them soonest, book one with a click. */
export function WalkInDialog({ locationId, zone, onClose, onBooked, serviceText = '' }: WalkInDialogProps) {
  const services = useServices(locationId);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const offered = useMemo(
    () =>
      (services.data ?? [])
        .filter((service) => service.active)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [services.data],
  );
  const [serviceIds, setServiceIds] = useState<number[]>([]);
  const [servicesTyped, setServicesTyped] = useState(serviceText);
  const [hours, setHours] = useState<number>(WALK_IN_LIMITS.defaultHours);
  const [client, setClient] = useState<WalkInClient>({ name: '', phone: '' });
  const [shownProblems, setShownProblems] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<Partial<Record<keyof WalkInClient, string>>>({});
  const attempt = useRef<Attempt | null>(null);
  const choices = useWalkInChoices(locationId, serviceIds, hours);
  const book = useBookWalkIn(locationId);
  const problems = { ...refused, ...(shownProblems ? clientProblems(client) : {}) };
  const type = (change: Partial<WalkInClient>) => {
    setClient({ ...client, ...change });
    setRefused({});
  };

  const titleOf = (id: number) => offered.find((service) => service.id === id)?.title ?? `#${id}`;

  const bookOption = async (option: WalkInOption) => {
    setFailure(null);
    setShownProblems(true);
    if (Object.keys(clientProblems(client)).length) return;
    // The whole booking is the key: a retry with another client or other services is a new booking.
    const key = JSON.stringify([
      option.teamMemberId,
      option.datetime,
      [...serviceIds].sort((a, b) => a - b),
      client.name.trim(),
      client.phone.trim(),
    ]);
    const previous = attempt.current;
    if (previous?.unsure && previous.key !== key && !previous.warned) {
      // The last try may have been saved: say so once before booking something else.
      previous.warned = true;
      setFailure(t.maySaved);
      return;
    }
    const last = previous?.key === key ? previous : null;
    const current: Attempt = { key, apiId: last?.apiId ?? crypto.randomUUID(), unsure: false, warned: false };
    attempt.current = current;
    try {
      const booked = await book.mutateAsync({
        teamMemberId: option.teamMemberId,
        serviceIds,
        datetime: option.datetime,
        durationSeconds: option.durationSeconds,
        client: { name: client.name.trim(), phone: client.phone.trim() },
        apiId: current.apiId,
        retry: last?.unsure ?? false,
      });
      onBooked(booked.appointment, booked.markedBy);
    } catch (error) {
      current.unsure = mayHaveSaved(error);
      const { problem, text } = bookingFailure(error);
      setFailure(text);
      setRefused(refusedClientFields(error));
      if (problem === 'busy' || problem === 'past') void choices.refetch();
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="walk-in-title">
      <DialogTitle id="walk-in-title">{t.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={1}>
            <Autocomplete
              multiple
              fullWidth
              size="small"
              options={offered}
              loading={services.isLoading}
              value={offered.filter((service) => serviceIds.includes(service.id))}
              inputValue={servicesTyped}
              // MUI resets the text when the services load; the opener's text stays until a pick.
              onInputChange={(_event, text, reason) => {
                if (reason !== 'reset') setServicesTyped(text);
              }}
              openOnFocus={serviceText !== ''}
              onChange={(_event, picked) => {
                setFailure(null);
                setServiceIds(picked.map((service) => service.id));
                setServicesTyped('');
              }}
              getOptionLabel={(service) => service.title}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              renderInput={(params) => (
                <TextField {...params} label={t.services} placeholder={t.servicesHint} autoFocus />
              )}
            />
            <TextField
              select
              size="small"
              label={t.within}
              value={hours}
              onChange={(event) => setHours(Number(event.target.value))}
              sx={{ minWidth: 120 }}
            >
              {WALK_IN_HOURS.map((option) => (
                <MenuItem key={option} value={option}>
                  {t.hours(option)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={1}>
            <TextField
              size="small"
              fullWidth
              label={t.name}
              value={client.name}
              onChange={(event) => type({ name: event.target.value })}
              error={Boolean(problems.name)}
              helperText={problems.name ?? ' '}
            />
            <TextField
              size="small"
              fullWidth
              label={t.phone}
              value={client.phone}
              onChange={(event) => type({ phone: event.target.value })}
              error={Boolean(problems.phone)}
              helperText={problems.phone ?? t.phoneHint}
            />
          </Stack>
          {services.error && <Alert severity="error">{findFailureText(services.error)}</Alert>}
          {serviceIds.length === 0 ? (
            <Alert severity="info">{t.pick}</Alert>
          ) : choices.isPending ? (
            <LinearProgress aria-label={t.looking} />
          ) : choices.error ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => void choices.refetch()}>
                  {t.retry}
                </Button>
              }
            >
              {findFailureText(choices.error)}
            </Alert>
          ) : (
            <WalkInResults
              choices={choices.data}
              zone={zone}
              hours={hours}
              titleOf={titleOf}
              refreshing={choices.isFetching}
              booking={book.isPending}
              onBook={(option) => void bookOption(option)}
            />
          )}
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={() => void choices.refetch()} disabled={serviceIds.length === 0}>
          {t.refresh}
        </Button>
        <Button onClick={onClose}>{t.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
