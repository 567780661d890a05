import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, DatesSetArg, EventClickArg } from '@fullcalendar/core';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { DateTime } from 'luxon';
import type { Location } from '../../../../shared/domain/location';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { useCommandKeys } from '../../commands';
import { i18n, useMessages } from '../../i18n';
import { NoticeBar, type Notice } from '../../components/NoticeBar';
import { lazyPart, prefetchParts, useOpenedOnce } from '../../lazyPart';
import { isoDate, isoDateTime, todayIn } from '../../time';
import {
  AppointmentActions,
  loadedAppointments,
  useSetStatus,
  useLiveAppointments,
  useLiveState,
  type AppointmentDialogRequest,
  type NewAppointmentSlot,
} from '../appointments';
import { BookingInboxButton } from '../bookingInbox';
import { startAt, useCalendarTarget } from '../commandPalette';
import { useBookFromClientCard, type BookingClient } from '../clients';
import { hourTime, slotDuration, usePreferences } from '../preferences';
import { schedulesKeys } from '../schedules';
import { useTeam } from '../team';
import { AppointmentProjection } from './appointmentProjection';
import type { GroupCard } from './groupCards';
import type { GroupSelection } from './GroupEventDrawer';
import { CalendarToolbar } from './CalendarToolbar';
import { CalendarView, type CalendarCallbacks, type GridOptions } from './CalendarView';
import { LogStatus } from './LogStatus';
import { PrintDaySheet } from './PrintDaySheet';
import { calendarCommands, type CalendarCommandId } from './commands';
import { useLabelFilter } from './useLabelFilter';
import { CalendarLoadProblem } from './CalendarLoadProblem';
import { useColumns } from './useColumns';
import { useDeskTools } from './useDeskTools';
import { useMoveAppointment } from './useMoveAppointment';
import { SeriesMarks, useGroupEventFill } from './useGroupCards';
import { viewTypes, type CalendarViewKind } from './views';
import { DaySummaryBar } from '../daySummary';
import { OfflineBanner, useReadOnly } from '../offline';

const messages = i18n('calendar/CalendarPage', { loading: 'Loading appointments' });

// The drawers load when a card is first clicked (or once the day is painted), not with the calendar.
const AppointmentDrawer = lazyPart(() =>
  import('./AppointmentDrawer').then((module) => module.AppointmentDrawer),
);
const GroupEventDrawer = lazyPart(() =>
  import('./GroupEventDrawer').then((module) => module.GroupEventDrawer),
);

export function CalendarPage({ location }: { location: Location }) {
  const zone = location.timezone;
  const locationId = location.id;
  const queryClient = useQueryClient();
  const calendarRef = useRef<FullCalendar | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const { preferences, loaded: preferencesLoaded } = usePreferences();
  const t = useMessages(messages);
  // While Altegio cannot be reached the calendar shows what it has (or main kept) and changes nothing.
  const readOnly = useReadOnly();
  const { syncedAt } = useLiveState(locationId);

  const team = useTeam(locationId);
  const teamMembers = useMemo(() => team.data ?? [], [team.data]);
  const teamRef = useRef<TeamMember[]>([]);
  useEffect(() => {
    teamRef.current = teamMembers;
  }, [teamMembers]);

  // The desk's opening view until someone picks another here.
  const [chosenView, setView] = useState<CalendarViewKind | null>(null);
  const view = chosenView ?? preferences.defaultView;
  const { weekStart, slotMinutes, dayHours } = preferences;
  const grid = useMemo<GridOptions>(
    () => ({
      firstDay: weekStart,
      slotDuration: slotDuration(slotMinutes),
      slotMinTime: hourTime(dayHours.from),
      slotMaxTime: hourTime(dayHours.to),
    }),
    [weekStart, slotMinutes, dayHours.from, dayHours.to],
  );
  const [focusedMemberId, setFocusedMemberId] = useState<number | null>(null);
  const [date, setDate] = useState(() => todayIn(zone));
  const [title, setTitle] = useState('');
  const [shownRange, setShownRange] = useState<{ from: string; to: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [selectedGroup, setSelectedGroup] = useState<GroupSelection | null>(null);
  const appointmentDrawerOpened = useOpenedOnce(selectedId !== null);
  const groupDrawerOpened = useOpenedOnce(selectedGroup !== null);
  const [newSlot, setNewSlot] = useState<NewAppointmentSlot | null>(null);
  const [editing, setEditing] = useState<Appointment | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const dialog = useMemo<AppointmentDialogRequest | null>(
    () =>
      newSlot ? { kind: 'create', slot: newSlot } : editing ? { kind: 'edit', appointment: editing } : null,
    [newSlot, editing],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [printing, setPrinting] = useState(false);
  const [initialDate] = useState(date);
  /** The view FullCalendar starts in, fixed when it first mounts (later changes go through its API). */
  const initialView = useRef<string | null>(null);

  const { visibleIds, focusedMember, resources, showOnly } = useColumns({
    locationId,
    teamMembers,
    view,
    focusedMemberId,
  });

  const projection = useMemo(
    () =>
      new AppointmentProjection({
        queryClient,
        locationId,
        zone,
        calendar: calendarRef,
        onError: setLoadError,
        onShown: setShownRange,
        onGroupsChanged: ({ from, to }) =>
          void queryClient.invalidateQueries({ queryKey: schedulesKeys.groupEvents(locationId, from, to) }),
      }),
    [queryClient, locationId, zone],
  );
  useEffect(() => () => projection.dispose(), [projection]);
  // The first day loads while the team does, so the calendar can lay it out in one pass.
  useEffect(() => {
    projection.load(initialDate, initialDate).catch(() => undefined);
  }, [projection, initialDate]);
  useLiveAppointments(locationId, preferences.refreshSeconds * 1000);
  const labelFilter = useLabelFilter(locationId, projection);
  const hasGroupEvents = useGroupEventFill(locationId, projection, shownRange);
  // The summary counts what the calendar draws: the columns shown and the label filter.
  const summaryFilter = useMemo(() => {
    const columns = new Set(resources.map((resource) => Number(resource.id)));
    const byLabel = labelFilter.filter;
    return {
      shows: (appointment: Appointment) =>
        columns.has(appointment.teamMemberId) && (!byLabel || byLabel(appointment)),
      filtered: byLabel !== null || columns.size < teamMembers.length,
    };
  }, [resources, labelFilter.filter, teamMembers.length]);

  const api = () => calendarRef.current?.getApi();
  const goToDate = (target: string) => api()?.gotoDate(target);
  /** Its day in the calendar, scrolled to its time, and its details. */
  const showAppointment = (appointment: { id: number; start: string }) => {
    const start = DateTime.fromISO(appointment.start).setZone(zone);
    goToDate(isoDate(start));
    api()?.scrollToTime(start.minus({ minutes: 30 }).toFormat('HH:mm:ss'));
    setSelectedId(appointment.id);
  };
  const tools = useDeskTools({
    locationId,
    zone,
    teamMembers,
    shownDate: date,
    notify: setNotice,
    show: showAppointment,
    refetch: () => api()?.refetchEvents(),
    closeDrawer: () => setSelectedId(null),
  });
  const { onDrop } = useMoveAppointment({
    locationId,
    zone,
    teamMembers: teamRef,
    notify: setNotice,
    wholeVisit: tools.visitMove,
    show: showAppointment,
  });

  const callbacks = useMemo<CalendarCallbacks>(
    () => ({
      datesSet: (arg: DatesSetArg) => {
        setDate(isoDate(DateTime.fromJSDate(arg.view.currentStart).setZone(zone)));
        setTitle(arg.view.title);
      },
      eventClick: (arg: EventClickArg) => {
        if (arg.event.display === 'background') return;
        const group = arg.event.extendedProps['group'] as GroupCard | undefined;
        const range = projection.shownRange();
        if (group && range) {
          setSelectedGroup({ eventId: group.eventId, ...range });
          return;
        }
        const id = Number(arg.event.id);
        if (Number.isFinite(id)) setSelectedId(id);
      },
      eventDrop: onDrop,
      eventResize: onDrop,
      select: (arg: DateSelectArg) => {
        const resourceId = arg.resource?.id;
        const member = teamRef.current.find((item) => String(item.id) === resourceId);
        setNewSlot({ teamMemberId: member?.id ?? null, start: arg.startStr, end: arg.endStr });
        calendarRef.current?.getApi().unselect();
      },
      loading: (isLoading: boolean) => {
        projection.setLoading(isLoading);
        setLoading(isLoading);
        // The first day is painted: the dialogs, forms and pickers load now, before anyone opens them.
        if (!isLoading) prefetchParts();
      },
    }),
    [zone, onDrop, projection],
  );

  useEffect(() => {
    calendarRef.current?.getApi().changeView(viewTypes[view]);
  }, [view]);

  const newAtNextSlot = useCallback(
    (client?: BookingClient, at?: string) => {
      const now = DateTime.now().setZone(zone);
      const start = at
        ? DateTime.fromISO(at).setZone(zone)
        : now.set({ minute: Math.ceil(now.minute / 15) * 15, second: 0, millisecond: 0 });
      const member = teamRef.current.find((item) => visibleIds.includes(item.id));
      setNewSlot({
        teamMemberId: member?.id ?? null,
        start: isoDateTime(start),
        end: isoDateTime(start.plus({ hours: 1 })),
        client: client && { mode: 'existing', ...client },
      });
    },
    [zone, visibleIds],
  );
  useBookFromClientCard((client) => {
    setSelectedId(null);
    newAtNextSlot(client);
  });

  /** A write started from the keyboard while read-only says why instead. */
  const refuse = (reason: string) => setNotice({ severity: 'warning', message: reason });
  const writeCommands = Object.fromEntries(
    Object.entries(tools.commands).map(([id, run]) => [
      id,
      () => (readOnly === null ? run() : refuse(readOnly)),
    ]),
  ) as typeof tools.commands;
  useCalendarTarget(
    {
      shownDate: () => date,
      book: (client, time) =>
        readOnly === null
          ? newAtNextSlot(client, time ? startAt(date, time, zone) : undefined)
          : refuse(readOnly),
      goTo: goToDate,
      walkIn: (text) => (readOnly === null ? tools.walkInFor(text) : refuse(readOnly)),
      show: showAppointment,
    },
    team.isSuccess && preferencesLoaded,
  );

  const commandHandlers: Record<CalendarCommandId, () => void> = {
    'calendar.today': () => api()?.today(),
    'calendar.previous': () => api()?.prev(),
    'calendar.next': () => api()?.next(),
    'calendar.dayView': () => setView('day'),
    'calendar.weekView': () => setView('teamWeek'),
    'calendar.listView': () => setView('list'),
    'appointments.new': () => (readOnly === null ? newAtNextSlot() : refuse(readOnly)),
    'calendar.search': () => searchRef.current?.focus(),
    ...writeCommands,
  };
  useCommandKeys(calendarCommands, commandHandlers);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const changeStatus = useSetStatus(locationId, setNotice);

  return (
    <>
      <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 }}>
        <CalendarToolbar
          zone={zone}
          date={date}
          title={title}
          view={view}
          teamMembers={teamMembers}
          visibleIds={visibleIds}
          focusedMemberId={focusedMember?.id ?? null}
          labels={labelFilter.labels}
          labelFilterIds={labelFilter.ids}
          onLabelFilter={labelFilter.choose}
          searchRef={searchRef}
          searchAppointments={() => loadedAppointments(queryClient, locationId)}
          onToday={() => api()?.today()}
          onPrev={() => api()?.prev()}
          onNext={() => api()?.next()}
          onDate={goToDate}
          onView={setView}
          onVisible={showOnly}
          onFocusMember={setFocusedMemberId}
          onFound={showAppointment}
          onPrint={() => setPrinting(true)}
          onWalkIn={tools.openWalkIn}
          readOnly={readOnly}
          deskTools={tools.menu}
          inbox={
            <BookingInboxButton
              locationId={locationId}
              zone={zone}
              teamMembers={teamMembers}
              onOpen={showAppointment}
            />
          }
        />
        <DaySummaryBar
          locationId={locationId}
          range={shownRange}
          shows={summaryFilter.shows}
          filtered={summaryFilter.filtered}
        />
        <OfflineBanner locationId={locationId} syncedAt={syncedAt} zone={zone} />
        <LogStatus locationId={locationId} zone={zone} range={shownRange} />
        <Box sx={{ height: 4 }}>
          {(loading || team.isFetching) && <LinearProgress aria-label={t.loading} />}
        </Box>
        <CalendarLoadProblem
          error={loadError ?? team.error}
          onRetry={() => {
            void team.refetch();
            api()?.refetchEvents();
          }}
        />
        <Box sx={{ flexGrow: 1, minHeight: 0, px: 1, pb: 1 }}>
          {team.isSuccess && preferencesLoaded && (
            <CalendarView
              calendarRef={calendarRef}
              zone={zone}
              initialView={(initialView.current ??= viewTypes[view])}
              grid={grid}
              initialDate={initialDate}
              resources={resources}
              eventSources={projection.sources}
              callbacks={callbacks}
              currency={location.currency}
              onWorkingHours={tools.openWorkingHours}
              readOnly={readOnly !== null}
            />
          )}
        </Box>
      </Box>
      {/* A boundary each: a drawer loading for the first time must not hide the other one. */}
      <Suspense fallback={null}>
        {appointmentDrawerOpened && (
          <AppointmentDrawer
            locationId={locationId}
            appointmentId={selectedId}
            zone={zone}
            teamMembers={teamMembers}
            onClose={() => setSelectedId(null)}
            onStatus={changeStatus}
            onEdit={(appointment) => setEditing(appointment)}
            onCancel={(appointment) => setCancelling(appointment)}
            onRunningLate={tools.runningLateFrom}
            onRebook={tools.rebookFrom}
            moveVisit={tools.visitMove}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>
        {groupDrawerOpened && (
          <GroupEventDrawer
            location={location}
            selection={selectedGroup}
            teamMembers={teamMembers}
            onClose={() => setSelectedGroup(null)}
            onOpenAppointment={(id) => {
              setSelectedGroup(null);
              setSelectedId(id);
            }}
          />
        )}
      </Suspense>
      {hasGroupEvents && <SeriesMarks locationId={locationId} projection={projection} />}
      <AppointmentActions
        locationId={locationId}
        zone={zone}
        teamMembers={teamMembers}
        dialog={dialog}
        cancelling={cancelling}
        onNew={() => newAtNextSlot()}
        readOnly={readOnly}
        onCloseDialog={() => {
          setNewSlot(null);
          setEditing(null);
        }}
        onCloseCancel={() => setCancelling(null)}
        notify={setNotice}
        onShow={showAppointment}
      />
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      {tools.dialogs}
      {printing && (
        <PrintDaySheet
          date={date}
          zone={zone}
          locationTitle={location.title}
          teamMembers={teamMembers.filter((member) => visibleIds.includes(member.id))}
          appointments={projection.current()}
        />
      )}
    </>
  );
}
