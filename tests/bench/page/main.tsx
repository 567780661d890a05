import { createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import FullCalendar from '@fullcalendar/react';
import luxon3Plugin from '@fullcalendar/luxon3';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import { DateTime } from 'luxon';
import { QueryClient } from '@tanstack/react-query';
import { CalendarView, type CalendarCallbacks } from '../../../renderer/src/features/calendar/CalendarView';
import { AppointmentProjection } from '../../../renderer/src/features/calendar/appointmentProjection';
import { nextStamp, patchAppointments } from '../../../renderer/src/features/appointments';
import type { FrontdeskBridge } from '../../../shared/contract';
import type { Appointment } from '../../../shared/domain/appointment';
import { makeAppointments } from './data';

const ZONE = 'America/New_York';
const MONDAY = '2027-03-01';
const MEMBERS = 30;
type Kind = 'day' | 'week';

const resources = Array.from({ length: MEMBERS }, (_, index) => ({
  id: String(index + 1),
  title: `Staff ${index + 1}`,
  order: index,
}));
const noop = () => {};
const datasets: Record<Kind, Appointment[]> = {
  day: makeAppointments(ZONE, MONDAY, 1, MEMBERS, 600),
  week: makeAppointments(ZONE, MONDAY, 7, MEMBERS, 2000),
};
let current: Kind = 'day';

const rootElement = document.getElementById('root')!;
let root: Root | null = null;
const appRef = createRef<FullCalendar>();
const bareRef = createRef<FullCalendar>();
let queryClient = new QueryClient();
let projection: AppointmentProjection | null = null;

// The app's own path from main's answer to the screen: the bridge answers at once with the dataset, and
// the appointments go through the cache and the projection exactly as in the app.
function workingDaysOf(from: string, to: string) {
  const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days + 1;
  return resources.flatMap((resource) =>
    Array.from({ length: days }, (_, day) => {
      const date = DateTime.fromISO(from).plus({ days: day }).toISODate() ?? from;
      return {
        teamMemberId: Number(resource.id),
        date,
        intervals: [{ start: `${date}T07:00:00-05:00`, end: `${date}T18:00:00-05:00` }],
      };
    }),
  );
}
const bridge = {
  invoke: async (channel: string, input?: { from: string; to: string }) => {
    if (channel === 'appointments.list')
      return {
        ok: true,
        data: { appointments: datasets[current], cursor: `${MONDAY}T07:00:00-05:00`, unreadable: 0 },
      };
    if (channel === 'team.workingHours')
      return { ok: true, data: workingDaysOf(input?.from ?? MONDAY, input?.to ?? MONDAY) };
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL' } };
  },
  on: () => () => undefined,
};
Object.defineProperty(window, 'frontdesk', { value: bridge as unknown as FrontdeskBridge });

const frames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
async function until(condition: () => boolean): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('The calendar did not finish drawing within 30 s.');
    await new Promise<void>((done) => requestAnimationFrame(() => done()));
  }
}
const eventCount = () => document.querySelectorAll('.fc-timegrid-event:not(.fc-event-mirror)').length;

/**
 * Removes the last calendar and lets its teardown run; the runner then collects garbage before the next
 * measurement, so no calendar pays for the one before it.
 */
async function clear(): Promise<void> {
  root?.unmount();
  rootElement.innerHTML = '';
  root = createRoot(rootElement);
  await frames();
}

async function renderApp(kind: Kind): Promise<number> {
  current = kind;
  const appointments = datasets[kind];
  const started = performance.now();
  queryClient = new QueryClient();
  projection = new AppointmentProjection({
    queryClient,
    locationId: 101,
    zone: ZONE,
    calendar: appRef,
    onError: noop,
  });
  // As the app's page does: the range is loaded (through the bridge and the cache) before it is drawn.
  await projection.load(
    MONDAY,
    kind === 'day' ? MONDAY : (DateTime.fromISO(MONDAY).plus({ days: 6 }).toISODate() ?? MONDAY),
  );
  const callbacks: CalendarCallbacks = {
    datesSet: noop,
    eventClick: noop,
    eventDrop: noop,
    eventResize: noop,
    select: noop,
    loading: projection.setLoading,
  };
  flushSync(() =>
    root!.render(
      <CalendarView
        calendarRef={appRef}
        zone={ZONE}
        initialView={kind === 'day' ? 'resourceTimeGridDay' : 'resourceTimeGridWeek'}
        initialDate={MONDAY}
        grid={{ firstDay: 1, slotDuration: '00:15:00', slotMinTime: '00:00:00', slotMaxTime: '24:00:00' }}
        resources={resources}
        eventSources={projection!.sources}
        callbacks={callbacks}
        currency="USD"
        onWorkingHours={noop}
      />,
    ),
  );
  await until(() => eventCount() >= appointments.length);
  await frames();
  return performance.now() - started;
}

async function renderBare(kind: Kind): Promise<number> {
  const appointments = datasets[kind];
  const started = performance.now();
  const events = appointments.map((a) => ({
    id: String(a.id),
    resourceId: String(a.teamMemberId),
    title: a.client?.name ?? '',
    start: a.start,
    end: a.end,
    classNames: [`ev-${a.id}`],
  }));
  flushSync(() =>
    root!.render(
      <div style={{ height: '100%' }}>
        <FullCalendar
          ref={bareRef}
          plugins={[resourceTimeGridPlugin, luxon3Plugin]}
          schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
          timeZone={ZONE}
          initialView={kind === 'day' ? 'resourceTimeGridDay' : 'resourceTimeGridWeek'}
          initialDate={MONDAY}
          firstDay={1}
          views={{ resourceTimeGridWeek: { datesAboveResources: true } }}
          headerToolbar={false}
          height="100%"
          allDaySlot={false}
          slotDuration="00:15:00"
          resources={resources}
          events={events}
        />
      </div>,
    ),
  );
  await until(() => eventCount() >= appointments.length);
  await frames();
  return performance.now() - started;
}

function harnessStyle(element: Element | null): string {
  return element?.closest('.fc-timegrid-event-harness')?.getAttribute('style') ?? '';
}

/** One appointment moves by 30 minutes, as a poll would deliver it, until its card is drawn in place. */
async function liveApp(): Promise<number> {
  const target = datasets.day[100]!;
  const card = () => document.querySelector(`[data-appointment-id="${target.id}"]`);
  const before = harnessStyle(card());
  const moved: Appointment = {
    ...target,
    start: DateTime.fromISO(target.start).plus({ minutes: 30 }).toISO({ suppressMilliseconds: true })!,
    end: DateTime.fromISO(target.end).plus({ minutes: 30 }).toISO({ suppressMilliseconds: true })!,
    lastChangedAt: DateTime.fromISO(target.lastChangedAt ?? target.start)
      .plus({ minutes: 1 })
      .toISO(),
  };
  const started = performance.now();
  patchAppointments(queryClient, 101, [moved], nextStamp());
  await until(() => harnessStyle(card()) !== before);
  await frames();
  return performance.now() - started;
}

async function liveBare(): Promise<number> {
  const target = datasets.day[100]!;
  const card = () => document.querySelector(`.ev-${target.id}`);
  const before = harnessStyle(card());
  const started = performance.now();
  bareRef
    .current!.getApi()
    .getEventById(String(target.id))!
    .setDates(
      DateTime.fromISO(target.start).plus({ minutes: 30 }).toISO()!,
      DateTime.fromISO(target.end).plus({ minutes: 30 }).toISO()!,
    );
  await until(() => harnessStyle(card()) !== before);
  await frames();
  return performance.now() - started;
}

/** DOM mutations caused by a refresh that brings nothing new: it must be zero. */
async function idleRefreshMutations(): Promise<number> {
  let mutations = 0;
  const observer = new MutationObserver((records) => (mutations += records.length));
  observer.observe(rootElement, { subtree: true, childList: true, attributes: true, characterData: true });
  patchAppointments(queryClient, 101, projection?.current() ?? [], nextStamp());
  await frames();
  await frames();
  observer.disconnect();
  return mutations;
}

Object.assign(window, { bench: { clear, renderApp, renderBare, liveApp, liveBare, idleRefreshMutations } });
document.title = 'ready';
