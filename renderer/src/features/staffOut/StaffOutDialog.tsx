import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { UserText } from '../../components/UserText';
import { STAFF_OUT_MAX_DAYS, type StaffOutRequest } from '../../../../shared/contract/staffOut';
import { problemText } from '../../api';
import { DateRangeFields } from '../../components/DateRangeFields';
import { describeMoveOutcome } from '../../errors';
import { useApplyStaffOut, useStaffOutPlan } from './api';
import { applyingLabel, applyLabel, changesOf, nameOf, type Chosen } from './model';
import { textWith } from '../../components/textWith';
import { i18n, params, plural, useMessages } from '../../i18n';

const messages = i18n('staffOut/StaffOutDialog', {
  notApplied: 'The changes could not be applied. Nothing was reported back: check the calendar.',
  title: 'Team member out',
  teamMember: 'Team member',
  choose: 'Choose…',
  showAll: 'Show all',
  onlyOutside: 'Only the appointments outside {name}’s new hours.',
  finding: 'Finding who can take the appointments',
  retry: 'Retry',
  notLoaded: 'The appointments could not be loaded.',
  unreadable: plural({
    one: '{count} appointment record(s) of these days could not be read, so they are not listed: look at them in Altegio.',
    other:
      '{count} appointment record(s) of these days could not be read, so they are not listed: look at them in Altegio.',
  }),
  groupEvents: 'Group events to handle in Schedules:',
  groupEventsList: 'Group events to handle in Schedules',
  groupEvent: params('{when} {title} ({count} enrolled)'),
  nothing: '{name} has no appointments to hand over on these dates.',
  close: 'Close',
});
import { StaffOutResults, type AppliedChange } from './StaffOutResults';
import { StaffOutTable } from './StaffOutTable';
import { ReadOnlyNote, useReadOnly } from '../offline';

export interface StaffOutStart {
  teamMemberId: number | null;
  from: string;
  to: string;
  /** Only these appointments (those the new working hours leave outside). */
  appointmentIds?: number[];
}

interface StaffOutDialogProps {
  locationId: number;
  zone: string;
  teamMembers: ReadonlyArray<{ id: number; name: string }>;
  start: StaffOutStart;
  onClose: () => void;
}

const LONGEST = { days: STAFF_OUT_MAX_DAYS - 1, issue: 'issue.staffOut.tooManyDays' };

/**
 * "Liam called in sick": the member's appointments on some dates, each with another member proposed
 * (free at the same time, else the nearest free time that day); the desk accepts or changes each, then
 * applies them all. Every appointment gets a result; what failed stays for another try.
 */
export function StaffOutDialog({ locationId, zone, teamMembers, start, onClose }: StaffOutDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [memberId, setMemberId] = useState(start.teamMemberId);
  const [range, setRange] = useState({ from: start.from, to: start.to });
  const [onlyIds, setOnlyIds] = useState(start.appointmentIds);
  const [choices, setChoices] = useState<Record<number, Chosen>>({});
  const [applied, setApplied] = useState<AppliedChange[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const request: StaffOutRequest | null =
    memberId === null ? null : { locationId, teamMemberId: memberId, ...range, appointmentIds: onlyIds };
  const plan = useStaffOutPlan(request);
  const apply = useApplyStaffOut(locationId);
  const rows = plan.data?.rows ?? [];
  const changes = changesOf(rows, choices);
  const memberName = memberId === null ? '' : nameOf(teamMembers, memberId);
  const failures = Object.fromEntries(
    applied
      .filter(({ outcome }) => outcome.result === 'not-moved')
      .map(({ outcome }) => [outcome.id, describeMoveOutcome(outcome)]),
  );

  const startOver = () => {
    setChoices({});
    setApplied([]);
    setFailure(null);
  };

  const submit = async () => {
    setFailure(null);
    const byId = new Map(rows.map((row) => [row.id, row]));
    try {
      const { outcomes } = await apply.mutateAsync(changes);
      setApplied(
        outcomes.flatMap((outcome) => {
          const row = byId.get(outcome.id);
          return row ? [{ row, outcome }] : [];
        }),
      );
      // What was done leaves the table; what was not keeps the desk's choice for another try.
      const done = new Set(
        outcomes.filter((o) => o.result === 'moved' || o.result === 'cancelled').map((o) => o.id),
      );
      setChoices((current) =>
        Object.fromEntries(Object.entries(current).filter(([id]) => !done.has(Number(id)))),
      );
    } catch (error) {
      setFailure(problemText(error, messages.get().notApplied));
    }
  };

  return (
    <Dialog
      open
      // While an apply runs, its results are still to come: the dialog stays open to show them.
      onClose={() => {
        if (!apply.isPending) onClose();
      }}
      maxWidth="md"
      fullWidth
      aria-labelledby="staff-out-title"
      slotProps={{ paper: { 'aria-busy': apply.isPending } }}
    >
      <DialogTitle id="staff-out-title">{t.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              select
              size="small"
              label={t.teamMember}
              value={memberId ?? ''}
              onChange={(event) => {
                setMemberId(event.target.value ? Number(event.target.value) : null);
                setOnlyIds(undefined);
                startOver();
              }}
              sx={{ minWidth: 220 }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              {memberId === null && <option value="">{t.choose}</option>}
              {teamMembers.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </TextField>
            <DateRangeFields
              range={range}
              zone={zone}
              longest={LONGEST}
              onChange={(next) => {
                setRange(next);
                setOnlyIds(undefined);
                startOver();
              }}
            />
          </Stack>
          {onlyIds && (
            <Alert
              severity="info"
              action={<Button onClick={() => setOnlyIds(undefined)}>{t.showAll}</Button>}
            >
              {textWith(t.onlyOutside, { name: <UserText>{memberName}</UserText> })}
            </Alert>
          )}
          {apply.isPending ? (
            <LinearProgress aria-label={applyingLabel(apply.variables?.length ?? 0)} />
          ) : (
            plan.isFetching && <LinearProgress aria-label={t.finding} />
          )}
          {plan.isError && (
            <Alert severity="error" action={<Button onClick={() => void plan.refetch()}>{t.retry}</Button>}>
              {problemText(plan.error, t.notLoaded)}
            </Alert>
          )}
          <StaffOutResults applied={applied} zone={zone} members={teamMembers} />
          {plan.data && plan.data.unreadable > 0 && (
            <Alert severity="warning">{t.unreadable(plan.data.unreadable)}</Alert>
          )}
          {plan.data && plan.data.groupEvents.length > 0 && (
            <Alert severity="info" data-testid="staff-out-group-events">
              {t.groupEvents}
              <List dense disablePadding aria-label={t.groupEventsList}>
                {plan.data.groupEvents.map((event) => (
                  <ListItem key={event.id} disableGutters>
                    {t.groupEvent({
                      when: DateTime.fromISO(event.start).setZone(zone).toFormat('ccc d LLL HH:mm'),
                      title: event.title,
                      count: event.recordsCount,
                    })}
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
          {plan.isSuccess && rows.length === 0 && (
            <Typography color="text.secondary" data-testid="staff-out-empty">
              {textWith(t.nothing, { name: <UserText>{memberName}</UserText> })}
            </Typography>
          )}
          {rows.length > 0 && memberId !== null && (
            <StaffOutTable
              rows={rows}
              zone={zone}
              members={teamMembers}
              memberName={memberName}
              manyDays={range.from !== range.to}
              choices={choices}
              failures={failures}
              disabled={apply.isPending}
              onChoose={(id, choice) => {
                const row = rows.find((candidate) => candidate.id === id);
                if (row) setChoices((current) => ({ ...current, [id]: { choice, version: row.version } }));
              }}
            />
          )}
          {failure && (
            <Alert severity="error" onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onClose} disabled={apply.isPending}>
          {t.close}
        </Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={changes.length === 0 || apply.isPending || plan.isFetching || readOnly !== null}
        >
          {applyLabel(changes.length)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
