import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, DatesSetArg, EventClickArg } from '@fullcalendar/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { DateTime } from 'luxon';
import type { Location } from '../../../../shared/domain/location';
import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { call, queryKeys } from '../../api';
import { AppointmentActions } from '../appointment/AppointmentActions';
import type { AppointmentDialogRequest } from '../appointment/AppointmentDialog';
import type { NewAppointmentSlot } from '../appointment/formModel';
import { usePreferences } from '../settings/usePreferences';
import { AppointmentDrawer } from './AppointmentDrawer';
import { AppointmentRegistry } from './appointmentRegistry';
import { applyAppointments } from './applyAppointments';
import { CalendarToolbar } from './CalendarToolbar';
import { CalendarView, type CalendarCallbacks } from './CalendarView';
import { createEventSources } from './eventSources';
import { NoticeBar } from './NoticeBar';
import { PrintDaySheet } from './PrintDaySheet';
import { useCalendarKeys } from './useCalendarKeys';
import { useLiveAppointments } from './useLiveAppointments';
import { useMoveAppointment, type Notice } from './useMoveAppointment';
import { viewTypes, type CalendarViewKind } from './views';

export function CalendarPage({ location }: { location: Location }) {
  const zone = location.timezone;
  const queryClient = useQueryClient();
  const calendarRef = useRef<FullCalendar | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const registry = useMemo(() => new AppointmentRegistry(), []);
  const { preferences, update } = usePreferences();

  const team = useQuery({ queryKey: queryKeys.team(location.id), queryFn: () => call('team.list') });
  const teamMembers = useMemo(() => team.data ?? [], [team.data]);
  const teamRef = useRef<TeamMember[]>([]);
  useEffect(() => {
    teamRef.current = teamMembers;
  }, [teamMembers]);

  const [view, setView] = useState<CalendarViewKind>('day');
  const [focusedMemberId, setFocusedMemberId] = useState<number | null>(null);
  const [date, setDate] = useState(() => DateTime.now().setZone(zone).toISODate()!);
  const [title, setTitle] = useState('');
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
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

  const hiddenIds = useMemo(
    () => preferences.hiddenTeamMembers[String(location.id)] ?? [],
    [preferences, location.id],
  );
  const visibleIds = useMemo(
    () => teamMembers.filter((member) => !hiddenIds.includes(member.id)).map((member) => member.id),
    [teamMembers, hiddenIds],
  );
  const focusedMember = teamMembers.find((member) => member.id === focusedMemberId) ?? teamMembers[0];

  const resources = useMemo(() => {
    const shown =
      view === 'memberWeek'
        ? focusedMember
          ? [focusedMember]
          : []
        : teamMembers.filter((member) => visibleIds.includes(member.id));
    return shown.map((member, index) => ({ id: String(member.id), title: member.name, order: index }));
  }, [view, focusedMember, teamMembers, visibleIds]);

  const eventSources = useMemo(
    () =>
      createEventSources({
        locationId: location.id,
        zone,
        registry,
        queryClient,
        onError: setLoadError,
      }),
    [location.id, zone, registry, queryClient],
  );

  const { onDrop } = useMoveAppointment({
    calendarRef,
    registry,
    zone,
    teamMembers: teamRef,
    notify: setNotice,
  });

  const callbacks = useMemo<CalendarCallbacks>(
    () => ({
      datesSet: (arg: DatesSetArg) => {
        setDate(DateTime.fromJSDate(arg.view.currentStart).setZone(zone).toISODate()!);
        setTitle(arg.view.title);
      },
      eventClick: (arg: EventClickArg) => {
        const id = Number(arg.event.id);
        if (Number.isFinite(id) && arg.event.display !== 'background') setSelectedId(id);
      },
      eventDrop: onDrop,
      eventResize: onDrop,
      select: (arg: DateSelectArg) => {
        const member = arg.resource
          ? teamRef.current.find((item) => String(item.id) === arg.resource!.id)
          : undefined;
        setNewSlot({ teamMemberId: member?.id ?? null, start: arg.startStr, end: arg.endStr });
        calendarRef.current?.getApi().unselect();
      },
      loading: setLoading,
    }),
    [zone, onDrop],
  );

  useEffect(() => {
    calendarRef.current?.getApi().changeView(viewTypes[view]);
  }, [view]);

  useLiveAppointments(calendarRef, registry);

  const api = () => calendarRef.current?.getApi();
  const goToDate = (target: string) => api()?.gotoDate(target);

  const newAtNextSlot = useCallback(() => {
    const now = DateTime.now().setZone(zone);
    const start = now.set({ minute: Math.ceil(now.minute / 15) * 15, second: 0, millisecond: 0 });
    const member = teamRef.current.find((item) => visibleIds.includes(item.id));
    setNewSlot({
      teamMemberId: member?.id ?? null,
      start: start.toISO()!,
      end: start.plus({ hours: 1 }).toISO()!,
    });
  }, [zone, visibleIds]);

  useCalendarKeys({
    today: () => api()?.today(),
    prev: () => api()?.prev(),
    next: () => api()?.next(),
    day: () => setView('day'),
    week: () => setView('teamWeek'),
    list: () => setView('list'),
    create: newAtNextSlot,
    search: () => searchRef.current?.focus(),
  });

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const changeStatus = async (id: number, status: AppointmentStatus) => {
    const saved = await call('appointments.setStatus', {
      id,
      status,
      expectedLastChangedAt: registry.get(id)?.lastChangedAt ?? null,
    });
    applyAppointments(api(), registry, [saved]);
  };

  return (
    <LocalizationProvider dateAdapter={AdapterLuxon}>
      <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 }}>
        <CalendarToolbar
          zone={zone}
          date={date}
          title={title}
          view={view}
          teamMembers={teamMembers}
          visibleIds={visibleIds}
          focusedMemberId={focusedMember?.id ?? null}
          searchRef={searchRef}
          searchAppointments={() => registry.all()}
          onToday={() => api()?.today()}
          onPrev={() => api()?.prev()}
          onNext={() => api()?.next()}
          onDate={goToDate}
          onView={setView}
          onVisible={(ids) =>
            update({
              hiddenTeamMembers: {
                ...preferences.hiddenTeamMembers,
                [String(location.id)]: teamMembers
                  .filter((member) => !ids.includes(member.id))
                  .map((member) => member.id),
              },
            })
          }
          onFocusMember={setFocusedMemberId}
          onFound={(appointment) => {
            const start = DateTime.fromISO(appointment.start).setZone(zone);
            goToDate(start.toISODate()!);
            api()?.scrollToTime(start.minus({ minutes: 30 }).toFormat('HH:mm:ss'));
            setSelectedId(appointment.id);
          }}
          onPrint={() => setPrinting(true)}
        />
        <Box sx={{ height: 4 }}>
          {(loading || team.isFetching) && <LinearProgress aria-label="Loading appointments" />}
        </Box>
        {(loadError || team.error) && (
          <Alert
            severity="error"
            sx={{ mx: 2, mb: 1 }}
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  void team.refetch();
                  api()?.refetchEvents();
                }}
              >
                Retry
              </Button>
            }
          >
            {(loadError ?? team.error)?.message ?? 'The calendar could not be loaded.'}
          </Alert>
        )}
        <Box sx={{ flexGrow: 1, minHeight: 0, px: 1, pb: 1 }}>
          {team.isSuccess && (
            <CalendarView
              calendarRef={calendarRef}
              zone={zone}
              initialView={viewTypes.day}
              initialDate={initialDate}
              resources={resources}
              eventSources={eventSources}
              callbacks={callbacks}
            />
          )}
        </Box>
      </Box>
      <AppointmentDrawer
        appointmentId={selectedId}
        registry={registry}
        zone={zone}
        teamMembers={teamMembers}
        onClose={() => setSelectedId(null)}
        onStatus={changeStatus}
        onEdit={(appointment) => setEditing(appointment)}
        onCancel={(appointment) => setCancelling(appointment)}
      />
      <AppointmentActions
        locationId={location.id}
        zone={zone}
        teamMembers={teamMembers}
        dialog={dialog}
        cancelling={cancelling}
        onNew={newAtNextSlot}
        onCloseDialog={() => {
          setNewSlot(null);
          setEditing(null);
        }}
        onCloseCancel={() => setCancelling(null)}
        apply={(appointments) => applyAppointments(api(), registry, appointments)}
        notify={setNotice}
      />
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      {printing && (
        <PrintDaySheet
          date={date}
          zone={zone}
          locationTitle={location.title}
          teamMembers={teamMembers.filter((member) => visibleIds.includes(member.id))}
          appointments={registry.all()}
        />
      )}
    </LocalizationProvider>
  );
}
