import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { RebookProposal, RebookSearch } from '../../../../shared/contract/rebook';
import type { Appointment } from '../../../../shared/domain/appointment';
import { REBOOK_WEEKS, validWeeks } from '../../../../shared/domain/rebook';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { textWith } from '../../components/textWith';
import { UserText } from '../../components/UserText';
import { i18n, plural, useMessages } from '../../i18n';
import { usePreferences } from '../preferences';
import { useBookRebook, useRebookProposals } from './api';
import { memberName } from './memberName';
import { nothingFreeText, rebookFailure } from './model';
import { RebookProposals } from './RebookProposals';
import { ReadOnlyNote, useReadOnly } from '../offline';
import { mayHaveSaved } from '../../api';

const messages = i18n('rebook/RebookDialog', {
  title: 'Rebook {client}',
  weeks: 'Rebook in',
  weeksChoice: plural({ one: '{count} week', other: '{count} weeks' }),
  looking: 'Looking for a free time',
  retry: 'Retry',
  searchAgain: 'Search again',
  sameMember: 'Same day and team member',
  otherDays: 'Nearest other day',
  otherMembers: 'Another team member',
  close: 'Close',
  unsettled:
    'The last booking may have been saved: try it again first to find out (it is never booked twice).',
  bookAgain: 'Try that booking again',
});

const WEEK_CHOICES = Array.from(
  { length: REBOOK_WEEKS.max - REBOOK_WEEKS.min + 1 },
  (_, index) => REBOOK_WEEKS.min + index,
);

interface RebookDialogProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  original: Appointment;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
}

/** One booking attempt of one slot: its apiId is reused when the last try may have saved. */
interface Attempt {
  key: string;
  apiId: string;
  unsure: boolean;
}

/** "Rebook in N weeks": the same client and services, the first free slot N weeks on, booked on a click. */
export function RebookDialog({
  locationId,
  zone,
  teamMembers,
  original,
  onClose,
  onBooked,
}: RebookDialogProps) {
  const t = useMessages(messages);
  const { preferences, update } = usePreferences();
  // The last choice, as stored; what is picked here wins even if storing it fails.
  const [picked, setPicked] = useState<number | null>(null);
  const weeks = picked ?? validWeeks(preferences.rebookWeeks);
  const [search, setSearch] = useState<RebookSearch>('sameMember');
  const [failure, setFailure] = useState<{ text: string; gone: boolean } | null>(null);
  const attempt = useRef<Attempt | null>(null);
  // The booking whose answer was lost: only it may be tried until Altegio says how it went.
  const [unsure, setUnsure] = useState<RebookProposal | null>(null);
  const found = useRebookProposals(locationId, original.id, weeks, search);
  const book = useBookRebook(locationId);
  const readOnly = useReadOnly();

  const look = (next: RebookSearch) => {
    setFailure(null);
    setSearch(next);
    if (next === search) void found.refetch();
  };

  const chooseWeeks = (next: number) => {
    setFailure(null);
    setPicked(next);
    setSearch('sameMember');
    update({ rebookWeeks: next });
  };

  const bookIt = async (proposal: RebookProposal) => {
    if (readOnly !== null) return;
    setFailure(null);
    const key = `${proposal.teamMemberId}@${proposal.datetime}`;
    if (attempt.current?.unsure && attempt.current.key !== key) {
      setFailure({ text: messages.get().unsettled, gone: false });
      return;
    }
    const last = attempt.current?.key === key ? attempt.current : null;
    const current: Attempt = { key, apiId: last?.apiId ?? crypto.randomUUID(), unsure: false };
    attempt.current = current;
    try {
      const booked = await book.mutateAsync({
        appointmentId: original.id,
        teamMemberId: proposal.teamMemberId,
        datetime: proposal.datetime,
        durationSeconds: proposal.durationSeconds,
        apiId: current.apiId,
        retry: last?.unsure ?? false,
      });
      onBooked(booked);
    } catch (error) {
      current.unsure = mayHaveSaved(error);
      setUnsure(current.unsure ? proposal : null);
      setFailure(rebookFailure(error, false));
    }
  };

  const who = memberName(original.teamMemberId, teamMembers);
  const searches: RebookSearch[] = ['sameMember', 'otherDays', 'otherMembers'];

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="rebook-title">
      <DialogTitle id="rebook-title">
        {textWith(t.title, { client: <UserText>{original.client?.name ?? ''}</UserText> })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            size="small"
            label={t.weeks}
            value={weeks}
            onChange={(event) => chooseWeeks(Number(event.target.value))}
            sx={{ maxWidth: 200 }}
            autoFocus
          >
            {WEEK_CHOICES.map((option) => (
              <MenuItem key={option} value={option}>
                {t.weeksChoice(option)}
              </MenuItem>
            ))}
          </TextField>
          {found.isPending ? (
            <LinearProgress aria-label={t.looking} />
          ) : found.error ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => void found.refetch()}>
                  {t.retry}
                </Button>
              }
            >
              {rebookFailure(found.error, true).text}
            </Alert>
          ) : found.data.proposals.length === 0 ? (
            <Alert severity="info">{nothingFreeText(search, found.data.targetDate, who)}</Alert>
          ) : (
            <RebookProposals
              proposals={found.data.proposals}
              zone={zone}
              teamMembers={teamMembers}
              booking={book.isPending || readOnly !== null}
              refreshing={found.isFetching}
              onBook={(proposal) => void bookIt(proposal)}
            />
          )}
          {failure && (
            <Alert
              severity="error"
              role="alert"
              action={
                failure.gone ? (
                  <Button color="inherit" size="small" onClick={() => look(search)}>
                    {t.searchAgain}
                  </Button>
                ) : (
                  unsure && (
                    <Button color="inherit" size="small" onClick={() => void bookIt(unsure)}>
                      {t.bookAgain}
                    </Button>
                  )
                )
              }
            >
              {failure.text}
            </Alert>
          )}
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {searches
              .filter((option) => option !== search)
              .map((option) => (
                <Button key={option} variant="outlined" size="small" onClick={() => look(option)}>
                  {t[option]}
                </Button>
              ))}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onClose}>{t.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
