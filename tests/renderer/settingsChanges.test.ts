import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  appointmentsKeys,
  findAppointment,
  patchAppointments,
} from '../../renderer/src/features/appointments/api';
import {
  forgetCustomFieldValues,
  relabelAppointments,
} from '../../renderer/src/features/appointments/settingsChanges';
import {
  emptyRange,
  mergeAppointments,
  nextStamp,
  type AppointmentRange,
} from '../../renderer/src/features/appointments/cache';
import type { Appointment } from '../../shared/domain/appointment';
import type { LabelRef } from '../../shared/domain/common';
import { appointment, DAY } from '../support/appointmentFixture';

const NEXT_DAY = '2027-02-03';
const VIP: LabelRef = { id: 50, title: 'VIP', colour: '#e91e63' };
const DEPOSIT: LabelRef = { id: 51, title: 'Deposit paid', colour: '#2196f3' };

/** An appointment carrying `labels`. */
function labelled(id: number, labels: LabelRef[], overrides: Partial<Appointment> = {}): Appointment {
  return appointment(id, { labels, ...overrides });
}

/** A query client holding the given ranges of location 101, as loads would leave them. */
function loaded(ranges: Array<{ from: string; to: string; appointments: Appointment[] }>) {
  const queryClient = new QueryClient();
  const stamp = nextStamp();
  for (const { from, to, appointments } of ranges) {
    queryClient.setQueryData(
      appointmentsKeys.range(101, from, to),
      mergeAppointments(emptyRange(from, to), appointments, stamp),
    );
  }
  return queryClient;
}

const rangeOf = (queryClient: QueryClient, from: string, to: string) =>
  queryClient.getQueryData<AppointmentRange>(appointmentsKeys.range(101, from, to));

describe('relabelling the loaded appointments', () => {
  it('recolours and renames a label on every loaded appointment in every range, keeping lastChangedAt', () => {
    const carrier = labelled(1, [VIP, DEPOSIT]);
    const other = labelled(2, [DEPOSIT]);
    const queryClient = loaded([
      { from: DAY, to: DAY, appointments: [carrier, other] },
      { from: DAY, to: NEXT_DAY, appointments: [carrier, other] },
    ]);
    const changed: LabelRef = { id: VIP.id, title: 'Very important', colour: '#00796b' };

    relabelAppointments(queryClient, 101, { kind: 'changed', label: changed });

    for (const [from, to] of [
      [DAY, DAY],
      [DAY, NEXT_DAY],
    ] as const) {
      const range = rangeOf(queryClient, from, to);
      expect(range?.entries.get(1)?.appointment.labels).toEqual([changed, DEPOSIT]);
      expect(range?.entries.get(1)?.appointment.lastChangedAt).toBe(carrier.lastChangedAt);
      // Appointments without the label stay the very same objects: the calendar redraws nothing for them.
      expect(range?.entries.get(2)?.appointment).toBe(other);
    }
  });

  it('takes a deleted label off every carrier and keeps its other labels', () => {
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [labelled(1, [VIP, DEPOSIT])] }]);
    relabelAppointments(queryClient, 101, { kind: 'removed', id: VIP.id });
    expect(findAppointment(queryClient, 101, 1)?.labels).toEqual([DEPOSIT]);
  });

  it('leaves a range without carriers as it was, so nothing redraws', () => {
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [labelled(2, [DEPOSIT])] }]);
    const before = rangeOf(queryClient, DAY, DAY);
    relabelAppointments(queryClient, 101, { kind: 'removed', id: VIP.id });
    expect(rangeOf(queryClient, DAY, DAY)).toBe(before);
  });

  it('is not undone by a poll that began before the change and answers after it', () => {
    const carrier = labelled(1, [VIP]);
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [carrier] }]);
    const pollStamp = nextStamp(); // a poll sets off, Altegio still has the old colour…
    const recoloured: LabelRef = { ...VIP, colour: '#00796b' };
    relabelAppointments(queryClient, 101, { kind: 'changed', label: recoloured });
    patchAppointments(queryClient, 101, [carrier], pollStamp); // …and lands after the recolour
    expect(findAppointment(queryClient, 101, 1)?.labels).toEqual([recoloured]);
  });

  it('still lets a later change from Altegio win', () => {
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [labelled(1, [VIP])] }]);
    relabelAppointments(queryClient, 101, { kind: 'removed', id: VIP.id });
    const editedElsewhere = labelled(1, [DEPOSIT], { lastChangedAt: '2027-01-12T10:05:00-05:00' });
    patchAppointments(queryClient, 101, [editedElsewhere], nextStamp());
    expect(findAppointment(queryClient, 101, 1)?.labels).toEqual([DEPOSIT]);
  });

  it('touches neither cancelled appointments nor another location', () => {
    const cancelled = labelled(3, [VIP], { deleted: true, lastChangedAt: '2027-01-12T10:01:00-05:00' });
    const queryClient = loaded([
      { from: DAY, to: DAY, appointments: [labelled(1, [VIP]), labelled(3, [VIP])] },
    ]);
    const withTombstone = mergeAppointments(
      rangeOf(queryClient, DAY, DAY) ?? emptyRange(DAY, DAY),
      [cancelled],
      nextStamp(),
    );
    queryClient.setQueryData(appointmentsKeys.range(101, DAY, DAY), withTombstone);
    const elsewhere = mergeAppointments(
      emptyRange(DAY, DAY),
      [labelled(9, [VIP], { locationId: 102 })],
      nextStamp(),
    );
    queryClient.setQueryData(appointmentsKeys.range(102, DAY, DAY), elsewhere);

    relabelAppointments(queryClient, 101, { kind: 'removed', id: VIP.id });

    expect(rangeOf(queryClient, DAY, DAY)?.entries.get(3)?.appointment).toBe(cancelled);
    expect(queryClient.getQueryData(appointmentsKeys.range(102, DAY, DAY))).toBe(elsewhere);
    expect(findAppointment(queryClient, 101, 1)?.labels).toEqual([]);
  });
});

describe('forgetting a deleted field’s values in the loaded appointments', () => {
  it('drops the values under that code only, keeping lastChangedAt and every other appointment', () => {
    const noted = appointment(1, { customFields: { stylist_notes: 'Quiet chair', hair_type: ['Fine'] } });
    const other = appointment(2, { customFields: { hair_type: ['Curly'] } });
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [noted, other] }]);

    forgetCustomFieldValues(queryClient, 101, 'stylist_notes');

    expect(findAppointment(queryClient, 101, 1)).toEqual({ ...noted, customFields: { hair_type: ['Fine'] } });
    expect(rangeOf(queryClient, DAY, DAY)?.entries.get(2)?.appointment).toBe(other);
  });

  it('is not undone by a poll that began before the delete', () => {
    const noted = appointment(1, { customFields: { stylist_notes: 'Quiet chair' } });
    const queryClient = loaded([{ from: DAY, to: DAY, appointments: [noted] }]);
    const pollStamp = nextStamp();
    forgetCustomFieldValues(queryClient, 101, 'stylist_notes');
    patchAppointments(queryClient, 101, [noted], pollStamp);
    expect(findAppointment(queryClient, 101, 1)?.customFields).toEqual({});
  });
});
