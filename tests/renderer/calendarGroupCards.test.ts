import { createElement, type ReactNode } from 'react';
import type { CalendarApi, EventInput, EventSourceFuncArg } from '@fullcalendar/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askForChangesNow,
  nextStamp,
  patchAppointments,
  useLiveAppointments,
} from '../../renderer/src/features/appointments';
import { setLiveState } from '../../renderer/src/features/appointments/api';
import { AppointmentProjection } from '../../renderer/src/features/calendar/appointmentProjection';
import {
  calendarItems,
  fillText,
  isGroupCard,
  NO_GROUP_INFO,
  sameItem,
  type GroupCard,
  type GroupInfo,
} from '../../renderer/src/features/calendar/groupCards';
import { labelFilterOf } from '../../renderer/src/features/calendar/labelFilter';
import type { FrontdeskBridge } from '../../shared/contract';
import type { Appointment } from '../../shared/domain/appointment';
import type { GroupEvent } from '../../shared/domain/schedule';
import { appointment, DAY } from '../support/appointmentFixture';

const CLASS = 77;
/** A class later that day nobody is booked into yet. */
const EMPTY = 78;
const SOPHIA = 1004;
const SHOWN = { from: DAY, to: DAY };
const at = (time: string) => `${DAY}T${time}:00-05:00`;
const nailArt = {
  id: 2010,
  title: 'Nail art workshop (group)',
  cost: 0,
  firstCost: 0,
  discountPercent: 0,
  amount: 1,
};

/** A client's place in the class: 16:00–17:30 with Sophia. */
function place(id: number, client: string, overrides: Partial<Appointment> = {}): Appointment {
  return appointment(id, {
    teamMemberId: SOPHIA,
    start: at('16:00'),
    end: at('17:30'),
    durationSeconds: 5400,
    activityId: CLASS,
    services: [nailArt],
    client: { id: id + 500, name: client, phone: `+1212555${id}`, email: '' },
    ...overrides,
  });
}

function groupEvent(recordsCount: number, capacity: number, overrides: Partial<GroupEvent> = {}): GroupEvent {
  return {
    id: CLASS,
    serviceId: nailArt.id,
    serviceTitle: nailArt.title,
    teamMemberId: SOPHIA,
    teamMemberName: 'Sophia Nguyen',
    start: at('16:00'),
    end: at('17:30'),
    durationSeconds: 5400,
    capacity,
    recordsCount,
    colour: '#00897b',
    comment: '',
    labels: [],
    ...overrides,
  };
}

const info = (events: GroupEvent[], repeating: number[] = [], days = SHOWN): GroupInfo => ({
  events: new Map(events.map((event) => [event.id, event])),
  days,
  repeating: new Set(repeating),
});

/** The empty class: 18:00–19:30 with Sophia, nobody booked. */
const emptyClass = (overrides: Partial<GroupEvent> = {}) =>
  groupEvent(0, 8, { id: EMPTY, start: at('18:00'), end: at('19:30'), ...overrides });

const haircut = appointment(1, { client: { id: 9, name: 'Olivia Brown', phone: '', email: '' } });
const ana = place(11, 'Ana Lopez');
const ben = place(12, 'Ben Carter');
const chloe = place(13, 'Chloe Davis');

function cardOf(items: Map<string, unknown>, eventId = CLASS): GroupCard {
  const card = items.get(`group-${eventId}`);
  if (!card || !isGroupCard(card as GroupCard)) throw new Error('no group card');
  return card as GroupCard;
}

describe('group cards', () => {
  it('gather the clients of a class on one card and leave other appointments as they are', () => {
    const items = calendarItems([haircut, ana, ben, chloe], null, NO_GROUP_INFO);
    expect([...items.keys()].sort()).toEqual(['1', `group-${CLASS}`]);
    expect(items.get('1')).toBe(haircut);
    const card = cardOf(items);
    expect(card.appointments).toEqual([ana, ben, chloe]);
    expect(card).toMatchObject({ teamMemberId: SOPHIA, start: at('16:00'), end: at('17:30') });
  });

  it('count the loaded clients, with no capacity, until the group events have loaded', () => {
    const card = cardOf(calendarItems([ana, ben, chloe], null, NO_GROUP_INFO));
    expect(card).toMatchObject({ booked: 3, capacity: null, repeats: false, title: nailArt.title });
    expect(fillText(card)).toBe('3');
  });

  it('then show Altegio’s fill and capacity, whether the class repeats, and when it is full', () => {
    const card = cardOf(calendarItems([ana, ben], null, info([groupEvent(3, 8)], [CLASS])));
    expect(card).toMatchObject({ booked: 3, capacity: 8, repeats: true, colour: '#00897b' });
    expect(fillText(card)).toBe('3/8');
    expect(fillText(cardOf(calendarItems([ana, ben], null, info([groupEvent(8, 8)]))))).toBe('8/8 full');
    expect(fillText(cardOf(calendarItems([ana], null, info([groupEvent(9, 8)]))))).toBe('9/8 full');
  });

  it('stay on the calendar while any client’s appointment passes the label filter', () => {
    const tagged = { ...ben, labels: [{ id: 5, title: 'VIP', colour: null }] };
    const filter = labelFilterOf([5]);
    const items = calendarItems([haircut, ana, tagged, chloe], filter, NO_GROUP_INFO);
    expect([...items.keys()]).toEqual([`group-${CLASS}`]);
    // The card still stands for the whole class.
    expect(cardOf(items).appointments).toHaveLength(3);
    expect(calendarItems([haircut, ana, chloe], filter, NO_GROUP_INFO).size).toBe(0);
  });

  it('compare by what they show, so a rebuilt card that shows the same is not redrawn', () => {
    const before = cardOf(calendarItems([ana, ben], null, info([groupEvent(2, 8)])));
    expect(sameItem(before, cardOf(calendarItems([ana, ben], null, info([groupEvent(2, 8)]))))).toBe(true);
    expect(sameItem(before, cardOf(calendarItems([ana, ben], null, info([groupEvent(3, 8)]))))).toBe(false);
    const arrived = { ...ben, status: 'arrived' as const };
    expect(sameItem(before, cardOf(calendarItems([ana, arrived], null, info([groupEvent(2, 8)]))))).toBe(
      false,
    );
    expect(sameItem(before, cardOf(calendarItems([ana, ben], null, info([groupEvent(2, 8)], [CLASS]))))).toBe(
      false,
    );
  });

  it('give a class nobody is booked into its own card, from the group events of exactly the shown days', () => {
    const items = calendarItems([haircut], null, info([emptyClass()], [EMPTY]), SHOWN);
    expect([...items.keys()].sort()).toEqual(['1', `group-${EMPTY}`]);
    const card = cardOf(items, EMPTY);
    expect(card).toMatchObject({
      teamMemberId: SOPHIA,
      start: at('18:00'),
      end: at('19:30'),
      title: nailArt.title,
      appointments: [],
      repeats: true,
      colour: '#00897b',
    });
    expect(fillText(card)).toBe('0/8');
    // Not from a list of other days (a late answer after the calendar moved on), nor without the days.
    const otherDays = { from: DAY, to: '2027-02-08' };
    expect(calendarItems([haircut], null, info([emptyClass()], [], otherDays), SHOWN).size).toBe(1);
    expect(calendarItems([haircut], null, info([emptyClass()])).size).toBe(1);
  });

  it('keep one card per group event: its first client’s appointment takes over the empty card', () => {
    const eve = place(21, 'Eve Fox', { activityId: EMPTY, start: at('18:00'), end: at('19:30') });
    const items = calendarItems([haircut, eve], null, info([emptyClass()]), SHOWN);
    expect([...items.keys()].sort()).toEqual(['1', `group-${EMPTY}`]);
    const card = cardOf(items, EMPTY);
    expect(card.appointments).toEqual([eve]);
    // Before the group events are read again, the loaded client already counts.
    expect(fillText(card)).toBe('1/8');
    const empty = cardOf(calendarItems([haircut], null, info([emptyClass()]), SHOWN), EMPTY);
    expect(sameItem(empty, card)).toBe(false);
  });

  it('hide an empty class under a label filter unless the class itself carries a chosen label', () => {
    const filter = labelFilterOf([5]);
    const vip = [{ id: 5, title: 'VIP', colour: null }];
    expect(calendarItems([haircut], filter, info([emptyClass()]), SHOWN).size).toBe(0);
    expect([...calendarItems([haircut], filter, info([emptyClass({ labels: vip })]), SHOWN).keys()]).toEqual([
      `group-${EMPTY}`,
    ]);
    // The same rule for a class with clients: its own label keeps it, untagged clients and all.
    const tagged = info([groupEvent(3, 8, { labels: vip })]);
    expect(cardOf(calendarItems([ana, ben], filter, tagged, SHOWN)).appointments).toEqual([ana, ben]);
  });

  it('redraw an empty class that moved (nothing else on it changed)', () => {
    const before = cardOf(calendarItems([], null, info([emptyClass()]), SHOWN), EMPTY);
    const moved = info([emptyClass({ start: at('17:00'), end: at('18:30'), teamMemberId: 1001 })]);
    expect(sameItem(before, cardOf(calendarItems([], null, moved, SHOWN), EMPTY))).toBe(false);
    expect(sameItem(before, cardOf(calendarItems([], null, info([emptyClass()]), SHOWN), EMPTY))).toBe(true);
  });
});

/** FullCalendar's API as far as the projection uses it, counting which events it touched. */
function fakeCalendar(initial: EventInput[]) {
  const events = new Map<string, { input: EventInput; props: Record<string, unknown> }>();
  const touched: string[] = [];
  /** Ids given to addEvent, in order (a second add of one id would be a second card in FullCalendar). */
  const added: string[] = [];
  const add = (input: EventInput) =>
    events.set(String(input.id), { input, props: { ...(input.extendedProps ?? {}) } });
  for (const input of initial) if (input.id !== undefined) add(input);
  const eventApi = (id: string) => {
    const event = events.get(id);
    if (!event) return null;
    const touch = () => touched.push(id);
    return {
      setDates: touch,
      getResources: () => [{ id: String(event.input.resourceId) }],
      setResources: touch,
      setProp: touch,
      setExtendedProp: (name: string, value: unknown) => {
        touch();
        event.props[name] = value;
      },
      remove: () => {
        touch();
        events.delete(id);
      },
    };
  };
  const api = {
    batchRendering: (run: () => void) => run(),
    getEventById: eventApi,
    getEventSourceById: () => null,
    addEvent: (input: EventInput) => {
      touched.push(String(input.id));
      added.push(String(input.id));
      add(input);
    },
    refetchEvents: () => undefined,
  } as unknown as CalendarApi;
  return {
    ref: { current: { getApi: () => api } },
    touched,
    added,
    card: (eventId = CLASS) => events.get(`group-${eventId}`)?.props['group'] as GroupCard | undefined,
    ids: () => [...events.keys()].sort(),
  };
}

describe('the projection with group events', () => {
  let queryClient: QueryClient;
  let groupsChanged: Array<{ from: string; to: string }>;

  beforeEach(() => {
    queryClient = new QueryClient();
    groupsChanged = [];
    const bridge = {
      invoke: async (channel: string) => {
        if (channel === 'appointments.list')
          return {
            ok: true,
            data: { appointments: [haircut, ana, ben, chloe], cursor: at('09:00'), unreadable: 0 },
          };
        if (channel === 'team.workingHours') return { ok: true, data: [] };
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL' } };
      },
      on: () => () => undefined,
    };
    window.frontdesk = bridge as unknown as FrontdeskBridge;
  });
  afterEach(() => queryClient.clear());

  /** The calendar asks for the day; returns what it was given, drawn in a fake calendar. */
  async function showDay() {
    const calendar: { current: { getApi(): CalendarApi } | null } = { current: null };
    const projection = new AppointmentProjection({
      queryClient,
      locationId: 101,
      zone: 'America/New_York',
      calendar,
      onError: () => undefined,
      onGroupsChanged: (range) => groupsChanged.push(range),
    });
    const source = projection.sources[0] as { events: (...args: unknown[]) => void };
    const drawn = await new Promise<EventInput[]>((resolve, reject) =>
      source.events(
        { startStr: `${DAY}T00:00:00-05:00`, endStr: '2027-02-03T00:00:00-05:00' } as EventSourceFuncArg,
        resolve,
        reject,
      ),
    );
    const fake = fakeCalendar(drawn);
    calendar.current = fake.ref.current;
    return { projection, drawn, fake };
  }

  const poll = (...appointments: Appointment[]) =>
    patchAppointments(queryClient, 101, appointments, nextStamp());
  const later = (base: Appointment, overrides: Partial<Appointment>) => ({
    ...base,
    ...overrides,
    lastChangedAt: '2027-01-12T11:00:00-05:00',
  });

  it('draws one card for the class beside the other appointments, counting its loaded clients', async () => {
    const { drawn, projection } = await showDay();
    const cards = drawn.filter((event) => event.display !== 'background');
    expect(cards.map((event) => event.id).sort()).toEqual(['1', `group-${CLASS}`]);
    const group = cards.find((event) => event.id === `group-${CLASS}`);
    expect(group).toMatchObject({ resourceId: String(SOPHIA), editable: false, resourceEditable: false });
    expect(fillText(group?.extendedProps?.['group'] as GroupCard)).toBe('3');
    // The print sheet still lists every client of the class.
    expect(projection.current().map((item) => item.id)).toEqual([1, 11, 12, 13]);
  });

  it('brings the fill and the series mark to the card alone, once each', async () => {
    const { projection, fake } = await showDay();
    projection.setGroupEvents([groupEvent(3, 8)], SHOWN);
    expect(fake.touched.every((id) => id === `group-${CLASS}`)).toBe(true);
    expect(fake.card() && fillText(fake.card() as GroupCard)).toBe('3/8');
    fake.touched.length = 0;
    projection.setRepeating(new Set([CLASS]));
    projection.setRepeating(new Set([CLASS]));
    expect(new Set(fake.touched)).toEqual(new Set([`group-${CLASS}`]));
    expect(fake.card()?.repeats).toBe(true);
    fake.touched.length = 0;
    // The same answer again (a refetch) redraws nothing.
    projection.setGroupEvents([groupEvent(3, 8)], SHOWN);
    expect(fake.touched).toEqual([]);
  });

  it('on a poll, redraws only what changed, and asks for the fill again only when a class’s clients change', async () => {
    const { projection, fake } = await showDay();
    projection.setGroupEvents([groupEvent(3, 8)], SHOWN);
    fake.touched.length = 0;

    poll(later(haircut, { start: at('12:00'), end: at('13:00') }));
    expect(new Set(fake.touched)).toEqual(new Set(['1']));
    expect(groupsChanged).toEqual([]);

    fake.touched.length = 0;
    poll(later(ben, { status: 'arrived' }));
    expect(new Set(fake.touched)).toEqual(new Set([`group-${CLASS}`]));
    expect(fake.card()?.appointments.map((item) => item.status)).toEqual(['waiting', 'arrived', 'waiting']);
    expect(groupsChanged).toEqual([]);

    fake.touched.length = 0;
    poll(place(14, 'Dan Evans', { lastChangedAt: '2027-01-12T11:00:00-05:00' }));
    expect(new Set(fake.touched)).toEqual(new Set([`group-${CLASS}`]));
    expect(fake.card()?.appointments).toHaveLength(4);
    expect(groupsChanged).toEqual([{ from: DAY, to: DAY }]);
  });

  it('takes the card away when the last client leaves, and filters without reloading', async () => {
    const { projection, fake } = await showDay();
    projection.setFilter(labelFilterOf([5]));
    expect(fake.ids()).toEqual([]);
    projection.setFilter(null);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`]);
    poll(...[ana, ben, chloe].map((item) => later(item, { deleted: true })));
    expect(fake.ids()).toEqual(['1']);
  });

  it('draws a class nobody is booked into, and its first client by a poll redraws that card, not a second', async () => {
    const { projection, fake } = await showDay();
    projection.setGroupEvents([groupEvent(3, 8), emptyClass()], SHOWN);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`, `group-${EMPTY}`]);
    expect(fake.added).toEqual([`group-${EMPTY}`]);
    expect(fake.card(EMPTY)).toMatchObject({ appointments: [], teamMemberId: SOPHIA, start: at('18:00') });
    expect(fillText(fake.card(EMPTY) as GroupCard)).toBe('0/8');

    fake.touched.length = 0;
    const eve = place(21, 'Eve Fox', {
      activityId: EMPTY,
      start: at('18:00'),
      end: at('19:30'),
      lastChangedAt: '2027-01-12T11:00:00-05:00',
    });
    poll(eve);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`, `group-${EMPTY}`]);
    expect(fake.added).toEqual([`group-${EMPTY}`]);
    expect(new Set(fake.touched)).toEqual(new Set([`group-${EMPTY}`]));
    expect(fake.card(EMPTY)?.appointments).toEqual([eve]);
    expect(fillText(fake.card(EMPTY) as GroupCard)).toBe('1/8');
    // Its fill is read again; the answer agrees with the card, which is not redrawn.
    expect(groupsChanged).toEqual([SHOWN]);
    fake.touched.length = 0;
    projection.setGroupEvents([groupEvent(3, 8), emptyClass({ recordsCount: 1 })], SHOWN);
    expect(fake.touched).toEqual([]);
  });

  it('draws empty classes only from a list of the shown days, and keeps a class its last client left', async () => {
    const { projection, fake } = await showDay();
    // A late answer for the days the calendar showed before.
    projection.setGroupEvents([emptyClass()], { from: '2027-02-01', to: '2027-02-01' });
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`]);
    projection.setGroupEvents([groupEvent(3, 8), emptyClass()], SHOWN);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`, `group-${EMPTY}`]);
    projection.setFilter(labelFilterOf([5]));
    expect(fake.ids()).toEqual([]);
    projection.setFilter(null);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`, `group-${EMPTY}`]);
    // Everyone leaves the class: it is still on, with nobody booked once the fill is read again.
    poll(...[ana, ben, chloe].map((item) => later(item, { deleted: true })));
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`, `group-${EMPTY}`]);
    expect(fake.card()?.appointments).toEqual([]);
    projection.setGroupEvents([groupEvent(0, 8), emptyClass()], SHOWN);
    expect(fillText(fake.card() as GroupCard)).toBe('0/8');
    // A class deleted elsewhere leaves with the next list.
    projection.setGroupEvents([groupEvent(0, 8)], SHOWN);
    expect(fake.ids()).toEqual(['1', `group-${CLASS}`]);
  });
});

describe('asking the live updates for the changes at once', () => {
  let queryClient: QueryClient;
  let polls: number;
  let answer: () => Promise<unknown>;

  beforeEach(() => {
    queryClient = new QueryClient();
    polls = 0;
    answer = async () => ({ ok: true, data: { appointments: [], cursor: at('09:00'), unreadable: 0 } });
    window.frontdesk = {
      invoke: async (channel: string) => {
        if (channel !== 'appointments.changes') return { ok: false, error: { code: 'UNKNOWN_CHANNEL' } };
        polls += 1;
        return answer();
      },
      on: () => () => undefined,
    } as unknown as FrontdeskBridge;
    // As after the calendar's first load.
    setLiveState(queryClient, 101, { cursor: at('08:00') });
  });
  afterEach(() => queryClient.clear());

  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, children);

  it('brings the next poll forward, for the location being followed only', async () => {
    // An hour between polls: any poll after the first is one asked for.
    const live = renderHook(() => useLiveAppointments(101, 3_600_000), { wrapper });
    await vi.waitFor(() => expect(polls).toBe(1));
    expect(askForChangesNow(queryClient, 101)).toBe(true);
    await vi.waitFor(() => expect(polls).toBe(2));
    expect(askForChangesNow(queryClient, 102)).toBe(false);
    expect(askForChangesNow(new QueryClient(), 101)).toBe(false);
    live.unmount();
    expect(askForChangesNow(queryClient, 101)).toBe(false);
    expect(polls).toBe(2);
  });

  it('asked during a poll, looks again once it has answered', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const plain = answer;
    answer = async () => {
      await held;
      return plain();
    };
    const live = renderHook(() => useLiveAppointments(101, 3_600_000), { wrapper });
    await vi.waitFor(() => expect(polls).toBe(1));
    askForChangesNow(queryClient, 101);
    askForChangesNow(queryClient, 101);
    expect(polls).toBe(1);
    release();
    await vi.waitFor(() => expect(polls).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(polls).toBe(2);
    live.unmount();
  });
});
