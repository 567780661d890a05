import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channelNames, contract, type Channel } from '../../../shared/contract';
import { EMMA, QUIET_DAY, SALON_ID, salonTime, STUDIO_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

const booking = {
  teamMemberId: EMMA,
  start: salonTime(QUIET_DAY, '10:00'),
  durationSeconds: 3600,
  technicalBreakSeconds: null,
  services: [],
};

/** A valid request for every location-scoped channel, to try with other location ids. */
const samples: Partial<Record<Channel, Record<string, unknown>>> = {
  'session.selectLocation': {},
  'team.list': {},
  'altegio.probe': {},
  'offline.days': { from: QUIET_DAY, to: QUIET_DAY },
  'offline.team': {},
  'offline.workingHours': { from: QUIET_DAY, to: QUIET_DAY },
  'offline.status': {},
  'team.workingHours': { from: QUIET_DAY, to: QUIET_DAY },
  'teamHours.preview': { teamMemberId: EMMA, date: QUIET_DAY, slots: [{ from: '10:00', to: '16:00' }] },
  'teamHours.set': { teamMemberId: EMMA, date: QUIET_DAY, slots: [{ from: '10:00', to: '16:00' }] },
  'staffOut.plan': { teamMemberId: EMMA, from: QUIET_DAY, to: QUIET_DAY },
  'staffOut.apply': { changes: [{ id: 5_000_001, action: 'cancel', expectedLastChangedAt: null }] },
  'runningLate.preview': {
    teamMemberId: EMMA,
    from: salonTime(QUIET_DAY, '10:00'),
    delayMinutes: 20,
    mode: 'all',
  },
  'runningLate.apply': {
    teamMemberId: EMMA,
    from: salonTime(QUIET_DAY, '10:00'),
    delayMinutes: 20,
    mode: 'all',
    expected: [{ id: 5_000_001, lastChangedAt: null, newStart: salonTime(QUIET_DAY, '10:20') }],
  },
  'visitMove.preview': { appointmentId: 5_000_001, offset: { days: 0, minutes: 60 } },
  'visitMove.apply': {
    appointmentId: 5_000_001,
    offset: { days: 0, minutes: 60 },
    expected: [
      {
        id: 5_000_001,
        lastChangedAt: null,
        teamMemberId: EMMA,
        start: salonTime(QUIET_DAY, '10:00'),
        durationSeconds: 1800,
      },
    ],
  },
  'appointments.list': { from: QUIET_DAY, to: QUIET_DAY },
  'appointments.changes': { cursor: salonTime(QUIET_DAY, '09:00') },
  'appointments.move': {
    id: 5_000_001,
    teamMemberId: EMMA,
    start: salonTime(QUIET_DAY, '10:00'),
    durationSeconds: 3600,
    expectedLastChangedAt: null,
  },
  'appointments.setStatus': { id: 5_000_001, status: 'arrived', expectedLastChangedAt: null },
  'appointments.create': {
    input: { ...booking, client: { name: 'Foreign Booking', phone: '+12025550100' } },
  },
  'appointments.update': { id: 5_000_001, input: { ...booking, client: null }, expectedLastChangedAt: null },
  'appointments.cancel': { id: 5_000_001, expectedLastChangedAt: null },
  'clients.search': { text: 'Anna' },
  'clients.card': { clientId: 100_001 },
  'clients.update': {
    clientId: 100_001,
    changes: { name: 'Foreign', phone: '+12025550100', email: '', customFields: {} },
    expectedLastChangedAt: null,
  },
  'clients.comments': { clientId: 100_001 },
  'clients.addComment': { clientId: 100_001, text: 'Foreign' },
  'services.list': {},
  'labels.list': { target: 'appointment' },
  'labels.create': { label: { title: 'Foreign', colour: '#123456', entity: 'record' } },
  'labels.update': { id: 401, label: { title: 'Foreign', colour: '#123456', entity: 'record' } },
  'labels.remove': { id: 401 },
  'customFields.list': { category: 'record' },
  'customFields.create': { category: 'record', field: { code: 'foreign', title: 'Foreign', type: 'text' } },
  'customFields.update': { category: 'record', id: 501, changes: { title: 'Foreign' } },
  'customFields.remove': { category: 'record', id: 501 },
  'availability.times': { teamMemberId: EMMA, date: QUIET_DAY, serviceIds: [] },
  'availability.dates': { teamMemberId: EMMA, serviceIds: [], from: QUIET_DAY },
  'availability.check': { teamMemberId: EMMA, serviceIds: [2001], start: salonTime(QUIET_DAY, '10:00') },
  'schedules.list': {},
  'schedules.groupEvents': { from: QUIET_DAY, to: QUIET_DAY },
  'schedules.forEvent': { eventId: 8000 },
  'schedules.preview': { eventId: 8000, scheduleId: 900, clientId: null },
  'schedules.create': {
    source: { kind: 'event', eventId: 8000 },
    endDate: QUIET_DAY,
    days: [{ weekday: 'tue', time: '10:00', durationSeconds: 3600, teamMemberId: EMMA }],
  },
  'schedules.setEndDate': { eventId: 8000, scheduleId: 900, endDate: QUIET_DAY },
  'schedules.addSeries': {
    eventId: 8000,
    scheduleId: 900,
    series: { weekday: 'wed', time: '10:00', durationSeconds: 3600, teamMemberId: EMMA },
  },
  'schedules.updateSeries': {
    eventId: 8000,
    scheduleId: 900,
    dayId: 9500,
    series: { time: '10:00', durationSeconds: 3600, teamMemberId: EMMA },
  },
  'schedules.removeSeries': { eventId: 8000, scheduleId: 900, dayId: 9500 },
  'schedules.remove': { eventId: 8000, scheduleId: 900 },
  'schedules.enrol': {
    eventId: 8000,
    scheduleId: 900,
    client: { id: 100_001, name: 'A', phone: '' },
    dayIds: [9500],
  },
  'schedules.changeSeries': { eventId: 8000, scheduleId: 900, enrolmentId: 9900, dayIds: [9500] },
  'schedules.unenrol': { eventId: 8000, scheduleId: 900, enrolmentId: 9900 },
  'visits.get': { visitId: 7_000_001, appointmentId: 5_000_001 },
  'visits.update': {
    visitId: 7_000_001,
    appointmentId: 5_000_001,
    update: { status: 'no-show', comment: '' },
  },
  'visits.saveReceipt': { visitId: 7_000_001, appointmentId: 5_000_001 },
  'visits.openReceipt': { visitId: 7_000_001, appointmentId: 5_000_001 },
  'comments.page': { from: QUIET_DAY, to: QUIET_DAY, page: 1 },
  'comments.summary': { from: QUIET_DAY, to: QUIET_DAY },
  'comments.leave': { comment: { teamMemberId: 0, rating: 5, text: 'Foreign', authorName: 'F' } },
  'partnerReport.page': { from: QUIET_DAY, to: QUIET_DAY, page: 1 },
  'onlineBooking.services': {},
  'onlineBooking.teamMembers': { serviceIds: [] },
  'onlineBooking.dates': { teamMemberId: EMMA, serviceIds: [], month: QUIET_DAY.slice(0, 7) },
  'onlineBooking.times': { teamMemberId: EMMA, serviceIds: [], date: QUIET_DAY },
  'walkIn.find': { serviceIds: [2001] },
  'walkIn.book': {
    teamMemberId: EMMA,
    serviceIds: [2001],
    datetime: salonTime(QUIET_DAY, '10:00'),
    durationSeconds: 3600,
    client: { name: 'Foreign Booking', phone: '+12025550100' },
    apiId: 'foreign-walk-in',
  },
  'rebook.find': { appointmentId: 5_000_001, weeks: 4 },
  'rebook.book': {
    appointmentId: 5_000_001,
    teamMemberId: EMMA,
    datetime: salonTime(QUIET_DAY, '10:00'),
    durationSeconds: 3600,
    apiId: 'foreign-rebook',
  },
  'bookingInbox.list': {},
  'bookingInbox.acknowledge': { appointmentId: 5_000_001, lastChangedAt: salonTime(QUIET_DAY, '09:00') },
  'bookingInbox.acknowledgeAll': { upTo: salonTime(QUIET_DAY, '09:00') },
  'chainView.focus': {},
};

/** The only channels that concern no location: the app, this desk's preferences, signing in and out. */
const LOCATION_FREE = ['app.', 'preferences.', 'session.'];
const locationScoped = channelNames.filter(
  (channel) =>
    channel === 'session.selectLocation' || !LOCATION_FREE.some((prefix) => channel.startsWith(prefix)),
);

describe('every location-scoped request names its location', () => {
  it('has every channel but the location-free ones take a locationId, each with a hostile-location case', () => {
    for (const channel of locationScoped) {
      const input = contract[channel].input;
      expect(input instanceof z.ZodObject && 'locationId' in input.shape, channel).toBe(true);
    }
    expect(Object.keys(samples).sort()).toEqual([...locationScoped].sort());
  });

  it.each(locationScoped)('%s refuses a location that is not the user’s', async (channel) => {
    const sample = samples[channel] ?? {};
    // 103 exists in Altegio but belongs to someone else; the others exist nowhere.
    for (const locationId of [103, 999_999, 2 ** 40]) {
      const refused = await h.result(channel, { ...sample, locationId });
      expect(refused.ok, `${channel} at ${locationId}`).toBe(false);
      expect(refused.error?.code).toBe('FORBIDDEN');
    }
    for (const locationId of [0, -1, 1.5, '101', null, undefined]) {
      const refused = await h.result(channel, { ...sample, locationId });
      expect(refused.error?.code, `${channel} at ${String(locationId)}`).toBe('VALIDATION');
    }
    // Nothing was booked anywhere on the way.
    const day = await h.http.get(`/records/${SALON_ID}?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}`);
    expect(day.body.data).toEqual([]);
  });

  it('reads two locations at the same time, each with its own data', async () => {
    await h.invoke('session.selectLocation', { locationId: SALON_ID });
    const [salon, studio] = await Promise.all([
      h.invoke('team.list', { locationId: SALON_ID }),
      h.invoke('team.list', { locationId: STUDIO_ID }),
    ]);
    expect(salon.length).toBeGreaterThan(0);
    expect(studio.length).toBeGreaterThan(0);
    expect(salon.some((member) => studio.some((other) => other.id === member.id))).toBe(false);
    // Asking for the studio never falls back to the open location (the salon).
    const [salonDay, studioDay] = await Promise.all([
      h.invoke('appointments.list', { locationId: SALON_ID, from: QUIET_DAY, to: QUIET_DAY }),
      h.invoke('appointments.list', { locationId: STUDIO_ID, from: QUIET_DAY, to: QUIET_DAY }),
    ]);
    expect(salonDay.cursor.slice(-6)).toBe(salonTime(QUIET_DAY, '09:00').slice(-6));
    expect(studioDay.cursor.slice(-6)).toBe('+05:00');
  });

  it('refuses every location while signed out', async () => {
    h.core.session.signOut();
    expect((await h.result('team.list', { locationId: SALON_ID })).error).toMatchObject({
      code: 'AUTH_REQUIRED',
    });
  });
});
