import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { Location } from '../../../../shared/domain/location';
import { LoadProblem } from '../../components/LoadProblem';
import { i18n, useMessages } from '../../i18n';
import { useCurrency } from '../../money';
import { todayIn } from '../../time';
import {
  onlineBookingKeys,
  useOnlineDates,
  useOnlineServices,
  useOnlineTeam,
  useOnlineTeamMembers,
  useOnlineTimes,
} from './api';
import { isOnlineBookingOff, monthOfDate } from './model';
import { OnlineDatesPanel } from './OnlineDatesPanel';
import { OnlineMembersList } from './OnlineMembersList';
import { OnlineServicesList } from './OnlineServicesList';
import { OnlineServicesPicker, type BrowseMode } from './OnlineServicesPicker';

const column = { p: 1.5, flex: 1, minWidth: 280 } as const;

const messages = i18n('onlineBooking/OnlineBookingPage', {
  title: 'Online booking',
  intro:
    'What a client sees in Altegio’s online booking right now: the services offered, who can be booked for them, and the free dates and times. Greyed entries cannot be booked online, with the reason.',
  refresh: 'Refresh',
  off: 'Online booking is switched off for this location in Altegio: clients cannot book anything online until the owner switches it on again.',
  servicesRegion: 'Services bookable online',
  loadingTeam: 'Loading the team',
  teamFailed: 'The team could not be loaded.',
  loadingServices: 'Loading the services',
  servicesFailed: 'The services could not be loaded.',
  chooseMember: 'Choose a team member to see the services a client can book with them.',
  membersRegion: 'Team members bookable online',
  members: 'Team members',
  chooseService: 'Choose a service to see who a client can book for it.',
  loadingMembers: 'Loading the team members',
  datesRegion: 'Dates and times bookable online',
  datesTimes: 'Dates and times',
  chooseForDates: 'Choose a service to see its free dates.',
});

/** "What can I book online?": services, then team members, then dates and times, as a client sees them. */
export function OnlineBookingPage({ location }: { location: Location }) {
  const queryClient = useQueryClient();
  const currency = useCurrency();
  const t = useMessages(messages);
  const zone = location.timezone;
  const today = todayIn(zone);
  const [mode, setMode] = useState<BrowseMode>('service');
  const [browsedMember, setBrowsedMember] = useState<number | null>(null);
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [teamMemberId, setTeamMemberId] = useState(0);
  const [month, setMonth] = useState(() => monthOfDate(today));
  const [day, setDay] = useState<string | null>(null);

  const forMember = mode === 'member' ? (browsedMember ?? undefined) : undefined;
  const services = useOnlineServices({ locationId: location.id, teamMemberId: forMember });
  const team = useOnlineTeam(location.id, mode === 'member');
  const serviceIds = serviceId === null ? [] : [serviceId];
  const members = useOnlineTeamMembers(location.id, serviceIds, serviceId !== null);
  const shownDay = day && day.startsWith(month) ? day : null;
  const dateRequest = { locationId: location.id, teamMemberId, serviceIds };
  const dates = useOnlineDates({ ...dateRequest, month }, serviceId !== null);
  const times = useOnlineTimes({ ...dateRequest, date: shownDay ?? today }, serviceId !== null && !!shownDay);
  // Only what is asked now: a query switched off since keeps its last error, and Refresh leaves it be.
  const off = [services, team, members, dates, times].some(
    (query) => query.isEnabled && isOnlineBookingOff(query.error),
  );

  const chooseService = (id: number) => {
    setServiceId(id);
    setTeamMemberId(mode === 'member' ? (browsedMember ?? 0) : 0);
    setDay(null);
  };
  const changeMode = (next: BrowseMode) => {
    setMode(next);
    setServiceId(null);
    setTeamMemberId(0);
    setDay(null);
  };
  const browseMember = (id: number) => {
    setBrowsedMember(id);
    setServiceId(null);
    setDay(null);
  };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: onlineBookingKeys.all(location.id) });

  return (
    <>
      <Stack spacing={2} sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
          <ScreenReaderOnly as="h1">{t.title}</ScreenReaderOnly>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, maxWidth: 720 }}>
            {t.intro}
          </Typography>
          <Button onClick={refresh}>{t.refresh}</Button>
        </Stack>
        {/* What was loaded before no longer holds: only the banner shows until Altegio offers again. */}
        {off && (
          <Alert severity="warning" role="alert" data-testid="online-booking-off">
            {t.off}
          </Alert>
        )}
        <Stack
          direction="row"
          sx={{ gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', display: off ? 'none' : 'flex' }}
        >
          <Paper variant="outlined" sx={column} role="region" aria-label={t.servicesRegion}>
            <OnlineServicesPicker
              mode={mode}
              onMode={changeMode}
              team={team.data ?? []}
              member={browsedMember}
              onMember={browseMember}
            />
            {mode === 'member' && team.isFetching && <LinearProgress aria-label={t.loadingTeam} />}
            {mode === 'member' && team.error && (
              <LoadProblem error={team.error} fallback={t.teamFailed} onRetry={refresh} />
            )}
            {services.isFetching && <LinearProgress aria-label={t.loadingServices} />}
            {services.error && (
              <LoadProblem error={services.error} fallback={t.servicesFailed} onRetry={refresh} />
            )}
            {mode === 'member' && browsedMember === null ? (
              <Typography variant="body2" sx={{ p: 1 }}>
                {t.chooseMember}
              </Typography>
            ) : (
              services.data && (
                <OnlineServicesList
                  view={services.data}
                  currency={currency}
                  forMember={mode === 'member'}
                  selectedId={serviceId}
                  onSelect={chooseService}
                />
              )
            )}
          </Paper>
          <Paper variant="outlined" sx={column} role="region" aria-label={t.membersRegion}>
            <Typography variant="subtitle1" component="h2">
              {t.members}
            </Typography>
            {serviceId === null && <Typography variant="body2">{t.chooseService}</Typography>}
            {members.isFetching && <LinearProgress aria-label={t.loadingMembers} />}
            {members.error && <LoadProblem error={members.error} fallback={t.teamFailed} onRetry={refresh} />}
            {serviceId !== null && members.data && (
              <OnlineMembersList
                members={members.data}
                selectedId={teamMemberId}
                onSelect={(id) => {
                  setTeamMemberId(id);
                  setDay(null);
                }}
              />
            )}
          </Paper>
          <Paper variant="outlined" sx={column} role="region" aria-label={t.datesRegion}>
            <Typography variant="subtitle1" component="h2">
              {t.datesTimes}
            </Typography>
            {serviceId === null ? (
              <Typography variant="body2">{t.chooseForDates}</Typography>
            ) : (
              <OnlineDatesPanel
                zone={zone}
                today={today}
                month={month}
                day={shownDay}
                dates={dates}
                times={times}
                onMonth={setMonth}
                onDay={setDay}
              />
            )}
          </Paper>
        </Stack>
      </Stack>
    </>
  );
}
