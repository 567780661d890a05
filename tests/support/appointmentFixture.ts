import type { Appointment } from '../../shared/domain/appointment';

/** The day the fixture's appointments are on (10:00–11:00 at the salon). */
export const DAY = '2027-02-02';

/** An appointment at the salon with nothing on it but what `overrides` adds. */
export function appointment(id: number, overrides: Partial<Appointment> = {}): Appointment {
  return {
    id,
    locationId: 101,
    teamMemberId: 1001,
    start: `${DAY}T10:00:00-05:00`,
    end: `${DAY}T11:00:00-05:00`,
    durationSeconds: 3600,
    technicalBreakSeconds: 0,
    client: null,
    services: [],
    status: 'waiting',
    comment: '',
    customColour: null,
    labels: [],
    customFields: {},
    online: false,
    requestedTeamMember: false,
    visitId: null,
    apiId: null,
    smsReminderHours: 0,
    emailReminderHours: 0,
    createdAt: null,
    lastChangedAt: '2027-01-12T10:00:00-05:00',
    deleted: false,
    activityId: null,
    paidFull: false,
    prepaid: false,
    prepaidConfirmed: false,
    payments: null,
    ...overrides,
  };
}
