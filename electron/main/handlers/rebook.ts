import type { z } from 'zod';
import type {
  rebookContract,
  RebookBooking,
  RebookFound,
  RebookProposal,
  RebookRequest,
} from '../../../shared/contract/rebook';
import type { Appointment, AppointmentClientInput } from '../../../shared/domain/appointment';
import type { BookableTime } from '../../../shared/domain/booking';
import type { Location } from '../../../shared/domain/location';
import {
  daysBetween,
  minutesOfDay,
  nearestTime,
  otherDaysByNearness,
  rebookBlocker,
  REBOOK_DAY_SPREAD,
} from '../../../shared/domain/rebook';
import { AppError } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { DateTime, isoDateOf } from '../altegio/luxon';
import { parseWireTime, toIsoInZone } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/** How many candidate days "Nearest other day" asks for times before giving up (book_dates may be stale). */
const MAX_DAYS_ASKED = 4;

/** What a rebooking repeats: its client, services and member. Refused for what cannot be rebooked. */
async function rebookable(client: AltegioClient, location: Location, id: number): Promise<Appointment> {
  const appointment = await client.appointments.get(location, id);
  const reason = rebookBlocker(appointment);
  if (reason) throw new AppError('VALIDATION', { problem: 'notRebookable', reason });
  return appointment;
}

const serviceIdsOf = (appointment: Appointment) => [...new Set(appointment.services.map((s) => s.id))];

function proposal(memberId: number, name: string | null, time: BookableTime): RebookProposal {
  return {
    teamMemberId: memberId,
    name,
    start: time.start,
    datetime: time.datetime,
    durationSeconds: time.durationSeconds,
  };
}

async function findRebooking(
  client: AltegioClient,
  location: Location,
  request: z.output<typeof RebookRequest>,
  nowMs: number,
): Promise<RebookFound> {
  const zone = location.timezone;
  const appointment = await rebookable(client, location, request.appointmentId);
  const start = DateTime.fromISO(appointment.start, { zone });
  // Calendar arithmetic on the local date: the same weekday N weeks on, whatever DST does between.
  const target = start.startOf('day').plus({ weeks: request.weeks });
  const targetDate = isoDateOf(target);
  const wanted = minutesOfDay(start.toFormat('HH:mm'));
  const serviceIds = serviceIdsOf(appointment);
  const memberId = appointment.teamMemberId;
  const timesOn = (teamMemberId: number, date: string) =>
    client.availability.times(location, teamMemberId, date, serviceIds);

  if (request.search === 'sameMember') {
    const best = nearestTime(await timesOn(memberId, targetDate), wanted);
    return { targetDate, proposals: best ? [proposal(memberId, null, best)] : [] };
  }

  if (request.search === 'otherDays') {
    const today = isoDateOf(DateTime.fromMillis(nowMs, { zone }));
    const first = target.minus({ days: REBOOK_DAY_SPREAD });
    const last = target.plus({ days: REBOOK_DAY_SPREAD });
    // book_dates answers from a date on; ask once per month the window touches.
    const froms = [...new Set([first, last].map((day) => isoDateOf(day.startOf('month'))))].map((month) => {
      const from = month < isoDateOf(first) ? isoDateOf(first) : month;
      return from < today ? today : from;
    });
    const dates = await Promise.all(
      [...new Set(froms)].map((from) =>
        client.availability.dates(location, { teamMemberId: memberId, serviceIds, from }),
      ),
    );
    const days = otherDaysByNearness(
      targetDate,
      dates.flatMap((found) => found.bookingDates).filter((day) => daysBetween(today, day) >= 0),
      REBOOK_DAY_SPREAD,
    );
    for (const day of days.slice(0, MAX_DAYS_ASKED)) {
      const best = nearestTime(await timesOn(memberId, day), wanted);
      if (best) return { targetDate, proposals: [proposal(memberId, null, best)] };
    }
    return { targetDate, proposals: [] };
  }

  const members = (await client.availability.teamMembers(location, { serviceIds })).filter(
    (member) => member.id !== memberId,
  );
  const found = await Promise.all(
    members.map(async (member) => {
      const best = nearestTime(await timesOn(member.id, targetDate), wanted);
      return best ? proposal(member.id, member.name, best) : null;
    }),
  );
  const distance = (p: RebookProposal) =>
    Math.abs(minutesOfDay(DateTime.fromISO(p.start, { zone }).toFormat('HH:mm')) - wanted);
  // A stable sort: equally near, members keep Altegio's order; earlier before later.
  const proposals = found
    .filter((p): p is RebookProposal => p !== null)
    .sort((a, b) => distance(a) - distance(b) || Date.parse(a.start) - Date.parse(b.start));
  return { targetDate, proposals };
}

function clientOf(appointment: Appointment): AppointmentClientInput {
  const known = appointment.client;
  if (!known) throw new AppError('VALIDATION', { problem: 'notRebookable', reason: 'noClient' });
  const name = known.name.trim() || known.phone.trim() || `#${known.id}`;
  return { id: known.id, name, phone: known.phone, ...(known.email ? { email: known.email } : {}) };
}

export function createRebookHandlers({ session, now }: HandlerDeps): SliceHandlers<typeof rebookContract> {
  return {
    'rebook.find': (request) =>
      session.withLocation(request.locationId, (client, location) =>
        findRebooking(client, location, request, now()),
      ),

    /** The time is checked free again (book_check), then booked by the normal create: a fresh appointment. */
    'rebook.book': (request: z.output<typeof RebookBooking>) =>
      session.withLocation(request.locationId, async (client, location) => {
        const original = await rebookable(client, location, request.appointmentId);
        const start = parseWireTime(request.datetime, location.timezone);
        if (!start) throw new AppError('VALIDATION', undefined, { fields: { datetime: 'issue.dateTime' } });
        if (start.toMillis() < now()) throw new AppError('VALIDATION', { problem: 'past' });
        const serviceIds = serviceIdsOf(original);
        // A retry may find its own appointment there already; the create looks for it by apiId first.
        if (!request.retry) {
          await client.availability.check(location, [
            { teamMemberId: request.teamMemberId, serviceIds, datetime: request.datetime },
          ]);
        }
        return client.appointments.create(
          location,
          {
            teamMemberId: request.teamMemberId,
            start: toIsoInZone(start, location.timezone),
            durationSeconds: request.durationSeconds,
            technicalBreakSeconds: null,
            services: original.services.map(({ id, amount, firstCost, discountPercent, cost }) => ({
              id,
              amount,
              firstCost,
              discountPercent,
              cost,
            })),
            client: clientOf(original),
            requestedTeamMember:
              request.teamMemberId === original.teamMemberId && original.requestedTeamMember,
            apiId: request.apiId,
          },
          { retry: request.retry },
        );
      }),
  };
}
