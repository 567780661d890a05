import { DateTime } from 'luxon';
import type { Appointment, AppointmentStatus } from '../../../shared/domain/appointment';

const statuses: AppointmentStatus[] = ['waiting', 'confirmed', 'arrived', 'no-show'];
const names = [
  'Ava Stone',
  'Ben Ortiz',
  'Cara Lind',
  'Dev Patel',
  'Eli Moss',
  'Fay Quinn',
  'Gus Hale',
  'Hana Ito',
];
const services = ['Haircut', 'Colour', 'Manicure', 'Massage', 'Brow shape', 'Facial'];

/** Deterministic appointments for `members` team members over `days` days, `perDay` in all per day. */
export function makeAppointments(
  zone: string,
  monday: string,
  days: number,
  members: number,
  total: number,
): Appointment[] {
  const out: Appointment[] = [];
  const perMemberDay = Math.ceil(total / (days * members));
  let id = 1;
  for (let day = 0; day < days && out.length < total; day++) {
    for (let member = 0; member < members && out.length < total; member++) {
      for (let slot = 0; slot < perMemberDay && out.length < total; slot++) {
        const start = DateTime.fromISO(`${monday}T07:00`, { zone }).plus({ days: day, minutes: slot * 30 });
        const end = start.plus({ minutes: 30 });
        const n = id++;
        out.push({
          id: n,
          locationId: 101,
          teamMemberId: member + 1,
          start: start.toISO({ suppressMilliseconds: true })!,
          end: end.toISO({ suppressMilliseconds: true })!,
          durationSeconds: 1800,
          technicalBreakSeconds: n % 5 === 0 ? 300 : 0,
          client: {
            id: 1000 + n,
            name: names[n % names.length]!,
            phone: `+1212555${String(1000 + n).slice(-4)}`,
            email: '',
          },
          services: [
            {
              id: 1,
              title: services[n % services.length]!,
              cost: 40,
              firstCost: 40,
              discountPercent: 0,
              amount: 1,
            },
          ],
          status: statuses[n % statuses.length]!,
          comment: n % 7 === 0 ? 'Prefers the window seat' : '',
          customColour: n % 11 === 0 ? '#8e44ad' : null,
          labels: n % 4 === 0 ? [{ id: 1, title: 'VIP', colour: '#c0392b' }] : [],
          customFields: {},
          online: n % 6 === 0,
          requestedTeamMember: n % 9 === 0,
          visitId: null,
          apiId: null,
          smsReminderHours: 0,
          emailReminderHours: 0,
          createdAt: null,
          lastChangedAt: start.minus({ days: 3 }).toISO({ suppressMilliseconds: true })!,
          deleted: false,
          activityId: null,
          paidFull: n % 8 === 0,
          prepaid: n % 10 === 0,
          prepaidConfirmed: n % 20 === 0,
          payments:
            n % 8 === 0
              ? [{ id: n, amount: 40, appointmentId: n }]
              : n % 13 === 0
                ? [{ id: n, amount: 15, appointmentId: n }]
                : [],
        });
      }
    }
  }
  return out;
}
