import type {
  MemberNotOffered,
  OnlineDates,
  OnlineMemberEntry,
  OnlineServiceEntry,
  OnlineServices,
  onlineBookingContract,
  ServiceNotOffered,
} from '../../../shared/contract/onlineBooking';
import type { OnlineCategory } from '../../../shared/domain/booking';
import type { Service } from '../../../shared/domain/service';
import type { TeamMember } from '../../../shared/domain/teamMember';
import { AppError } from '../../../shared/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/** book_dates answers for 30 days from the date asked. */
const BOOK_DATES_SPAN_DAYS = 30;

const provides = (service: Service, memberId: number) =>
  service.teamMembers.some((link) => link.teamMemberId === memberId);

/**
 * Why online booking leaves out a service the location has. null when none of these explains it (the
 * service is then not listed: the desk could not tell the caller why).
 */
function serviceReason(service: Service, onlineMembers: readonly TeamMember[]): ServiceNotOffered | null {
  if (!service.active) return 'inactive';
  if (service.capacity > 1) return 'group';
  if (!onlineMembers.some((member) => provides(service, member.id))) return 'no-team-member';
  return null;
}

/** Why online booking leaves out a team member for these services; null when none of these explains it. */
function memberReason(member: TeamMember, chosen: readonly Service[]): MemberNotOffered | null {
  if (member.hiddenOnline) return 'hidden';
  if (!chosen.every((service) => provides(service, member.id))) return 'does-not-provide';
  return null;
}

/**
 * The dates of `month` ("YYYY-MM") from book_dates, asked from its first day or today, whichever is later.
 * Calendar arithmetic only, in UTC: the machine's zone plays no part.
 */
function bookDatesStarts(month: string, today: string): string[] {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  const last = isoDateOf(first.endOf('month'));
  if (last < today) return [];
  const from = isoDateOf(first) > today ? isoDateOf(first) : today;
  const next = isoDateOf(DateTime.fromISO(from, { zone: 'utc' }).plus({ days: BOOK_DATES_SPAN_DAYS }));
  return next <= last ? [from, next] : [from];
}

export function createOnlineBookingHandlers({
  session,
  now,
}: HandlerDeps): SliceHandlers<typeof onlineBookingContract> {
  const todayIn = (zone: string) => isoDateOf(DateTime.fromMillis(now(), { zone }));

  return {
    'onlineBooking.services': ({ locationId, teamMemberId }) =>
      session.withLocation(locationId, async (client, location): Promise<OnlineServices> => {
        const [catalog, services, team] = await Promise.all([
          client.availability.services(location, { teamMemberId }),
          client.services.list(location),
          client.team.list(location),
        ]);
        const onlineMembers = team.filter((member) => !member.hiddenOnline);
        const byId = new Map(services.map((service) => [service.id, service]));
        const offered: OnlineServiceEntry[] = catalog.services.map((service) => {
          const known = byId.get(service.id);
          const noOne = known && !onlineMembers.some((member) => provides(known, member.id));
          return { ...service, notOffered: noOne ? 'no-team-member' : null };
        });
        const listed = new Set(offered.map((service) => service.id));
        const others: OnlineServiceEntry[] = services.flatMap((service) => {
          if (listed.has(service.id)) return [];
          if (teamMemberId && !provides(service, teamMemberId)) return [];
          const reason = serviceReason(service, onlineMembers);
          if (!reason) return [];
          const length = teamMemberId
            ? (service.teamMembers.find((link) => link.teamMemberId === teamMemberId)?.durationSeconds ??
              null)
            : null;
          return [
            {
              id: service.id,
              title: service.title,
              categoryId: service.categoryId || null,
              priceMin: service.priceMin,
              priceMax: service.priceMax,
              durationSeconds: length,
              notOffered: reason,
            },
          ];
        });
        const categories: OnlineCategory[] = [...catalog.categories];
        const missing = others.some(
          (service) => service.categoryId && !categories.some((c) => c.id === service.categoryId),
        );
        if (missing) {
          for (const category of await client.services.categories(location)) {
            if (categories.some((c) => c.id === category.id)) continue;
            if (others.some((service) => service.categoryId === category.id))
              categories.push({ id: category.id, title: category.title, weight: category.weight });
          }
        }
        return { categories, services: [...offered, ...others] };
      }),

    'onlineBooking.teamMembers': ({ locationId, serviceIds }) =>
      session.withLocation(locationId, async (client, location): Promise<OnlineMemberEntry[]> => {
        const [online, team, services] = await Promise.all([
          client.availability.teamMembers(location, { serviceIds }),
          client.team.list(location),
          serviceIds.length ? client.services.list(location) : Promise.resolve([]),
        ]);
        const chosen = services.filter((service) => serviceIds.includes(service.id));
        const offered: OnlineMemberEntry[] = online.map((member) => ({
          id: member.id,
          name: member.name,
          specialization: member.specialization,
          nextDate: member.nextDate,
          notOffered: member.nextDate ? null : 'no-free-session',
        }));
        const listed = new Set(offered.map((member) => member.id));
        const others: OnlineMemberEntry[] = team.flatMap((member) => {
          const reason = listed.has(member.id) ? null : memberReason(member, chosen);
          if (!reason) return [];
          const { id, name, specialization } = member;
          return [{ id, name, specialization, nextDate: null, notOffered: reason }];
        });
        return [...offered, ...others];
      }),

    'onlineBooking.dates': ({ locationId, teamMemberId, serviceIds, month }) =>
      session.withLocation(locationId, async (client, location): Promise<OnlineDates> => {
        const starts = bookDatesStarts(month, todayIn(location.timezone));
        const answers = await Promise.all(
          starts.map((from) => client.availability.dates(location, { teamMemberId, serviceIds, from })),
        );
        const inMonth = (dates: string[][]) => [
          ...new Set(dates.flat().filter((date) => date.startsWith(`${month}-`))),
        ];
        return {
          month,
          workingDates: inMonth(answers.map((answer) => answer.workingDates)).sort(),
          bookingDates: inMonth(answers.map((answer) => answer.bookingDates)).sort(),
        };
      }),

    'onlineBooking.times': ({ locationId, teamMemberId, serviceIds, date }) =>
      session.withLocation(locationId, (client, location) => {
        // Altegio answers a past day with nothing; say why instead.
        if (date < todayIn(location.timezone)) throw new AppError('VALIDATION', { problem: 'past' });
        return client.availability.times(location, teamMemberId, date, serviceIds);
      }),
  };
}
