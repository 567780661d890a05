import type { z } from 'zod';
import type {
  walkInContract,
  WalkInBooking,
  WalkInChoices,
  WalkInLater,
  WalkInOption,
  WalkInRequest,
} from '../../../shared/contract/walkIn';
import type { BookableTime, OnlineTeamMember } from '../../../shared/domain/booking';
import type { Location } from '../../../shared/domain/location';
import { AppError } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { AltegioError } from '../altegio/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';
import { nowIn, parseWireTime, toIsoInZone } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export const WALK_IN_LABEL = { title: 'Walk-in', colour: '#ff9800', icon: 'user' } as const;

/**
 * The chosen services no member offered online provides: those online booking does not list at all, or,
 * when nobody provides them all together, each one that nobody provides on its own.
 */
async function unprovided(
  client: AltegioClient,
  location: Location,
  serviceIds: number[],
  members: OnlineTeamMember[],
): Promise<number[]> {
  const catalog = await client.availability.services(location);
  const listed = new Set(catalog.services.map((service) => service.id));
  const unlisted = serviceIds.filter((id) => !listed.has(id));
  if (unlisted.length || members.length || serviceIds.length === 1) return unlisted;
  const alone = await Promise.all(
    serviceIds.map(async (id) => ({
      id,
      members: await client.availability.teamMembers(location, { serviceIds: [id] }),
    })),
  );
  return alone.filter((service) => service.members.length === 0).map((service) => service.id);
}

/** A member's free times from now on, over the days of the window they have any (book_staff says which). */
async function upcomingTimes(
  client: AltegioClient,
  location: Location,
  member: OnlineTeamMember,
  days: string[],
  serviceIds: number[],
  nowMs: number,
): Promise<BookableTime[]> {
  const next = member.nextDate;
  const asked = next ? days.filter((day) => day >= next) : [];
  const perDay = await Promise.all(
    asked.map((day) => client.availability.times(location, member.id, day, serviceIds)),
  );
  return perDay
    .flat()
    .filter((time) => Date.parse(time.start) >= nowMs)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

async function findWalkIn(
  client: AltegioClient,
  location: Location,
  request: z.output<typeof WalkInRequest>,
  nowMs: number,
): Promise<WalkInChoices> {
  const zone = location.timezone;
  const now = DateTime.fromMillis(nowMs, { zone });
  const untilMs = now.plus({ hours: request.withinHours }).toMillis();
  const days = [...new Set([isoDateOf(now), isoDateOf(DateTime.fromMillis(untilMs, { zone }))])];
  const members = await client.availability.teamMembers(location, { serviceIds: request.serviceIds });
  const notProvided = await unprovided(client, location, request.serviceIds, members);
  if (notProvided.length || members.length === 0) {
    const nobodyDoesAll = notProvided.length === 0 && request.serviceIds.length > 1;
    return { now: nowIn(nowMs, zone), options: [], later: [], notProvided, nobodyDoesAll };
  }

  const found = await Promise.all(
    members.map(async (member) => ({
      member,
      times: await upcomingTimes(client, location, member, days, request.serviceIds, nowMs),
    })),
  );
  const options: WalkInOption[] = [];
  const later: WalkInLater[] = [];
  for (const { member, times } of found) {
    const first = times[0];
    if (first && Date.parse(first.start) <= untilMs) {
      options.push({
        teamMemberId: member.id,
        name: member.name,
        start: first.start,
        datetime: first.datetime,
        durationSeconds: first.durationSeconds,
        waitMinutes: Math.max(0, Math.round((Date.parse(first.start) - nowMs) / 60_000)),
      });
    } else {
      later.push({
        teamMemberId: member.id,
        name: member.name,
        nextDate: first ? isoDateOf(DateTime.fromISO(first.start, { zone })) : member.nextDate,
        nextStart: first?.start ?? null,
      });
    }
  }
  // A stable sort: at the same time, members keep Altegio's order.
  options.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  later.sort(
    (a, b) =>
      (a.nextDate ?? '9999').localeCompare(b.nextDate ?? '9999') ||
      Date.parse(a.nextStart ?? '9999-12-31') - Date.parse(b.nextStart ?? '9999-12-31'),
  );
  return { now: nowIn(nowMs, zone), options, later, notProvided: [], nobodyDoesAll: false };
}

/**
 * The location's appointment label titled "Walk-in" (any case), made when missing; null when the user may
 * not read or make labels (the walk-in is then marked by its comment).
 */
async function walkInLabelId(client: AltegioClient, location: Location): Promise<number | null> {
  const wanted = WALK_IN_LABEL.title.toLowerCase();
  try {
    const lists = await Promise.all([
      client.labels.list(location, 'record'),
      client.labels.list(location, 'common'),
    ]);
    const known = lists.flat().find((label) => label.title.trim().toLowerCase() === wanted);
    if (known) return known.id;
    const made = await client.labels.create(location, { ...WALK_IN_LABEL, entity: 'record' });
    return made.id;
  } catch (error) {
    if (error instanceof AltegioError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}

export function createWalkInHandlers({ session, now }: HandlerDeps): SliceHandlers<typeof walkInContract> {
  return {
    'walkIn.find': (request) =>
      session.withLocation(request.locationId, (client, location) =>
        findWalkIn(client, location, request, now()),
      ),

    /** Past times are refused here (Altegio would call them taken); book_check, then a normal create. */
    'walkIn.book': (request: z.output<typeof WalkInBooking>) =>
      session.withLocation(request.locationId, async (client, location) => {
        const start = parseWireTime(request.datetime, location.timezone);
        if (!start) throw new AppError('VALIDATION', undefined, { fields: { datetime: 'issue.dateTime' } });
        if (start.toMillis() < now()) throw new AppError('VALIDATION', { problem: 'past' });
        // A retry may find its own appointment there already; the create looks for it by apiId first.
        if (!request.retry) {
          await client.availability.check(location, [
            {
              teamMemberId: request.teamMemberId,
              serviceIds: request.serviceIds,
              datetime: request.datetime,
            },
          ]);
        }
        const labelId = await walkInLabelId(client, location);
        const appointment = await client.appointments.create(
          location,
          {
            teamMemberId: request.teamMemberId,
            start: toIsoInZone(start, location.timezone),
            durationSeconds: request.durationSeconds,
            technicalBreakSeconds: null,
            services: request.serviceIds.map((id) => ({ id })),
            client: request.client,
            ...(labelId === null ? { comment: WALK_IN_LABEL.title } : { labelIds: [labelId] }),
            apiId: request.apiId,
          },
          { retry: request.retry },
        );
        return { appointment, markedBy: labelId === null ? 'comment' : 'label' };
      }),
  };
}
