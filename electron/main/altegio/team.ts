import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import type { TeamMember, WorkingDay } from '../../../shared/domain/teamMember';
import type { Http } from './http';
import { readList, type ListReading } from './listItems';
import { isIsoDate, localToIso } from './time';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';
import { inputError } from './errors';

const WirePosition = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) ? value : null),
  z.object({ id: WireId, title: WireText }).nullable().catch(null),
);

const WireStaff = z.object({
  id: WireId,
  name: WireText,
  specialization: WireText,
  avatar: WireText,
  avatar_big: WireText,
  position: WirePosition.optional(),
  weight: WireNumber,
  bookable: WireFlag,
  hidden: WireFlag,
  fired: WireFlag,
  status: WireNumber.optional(),
  rating: WireNumber,
});
type WireStaff = z.output<typeof WireStaff>;

const WireScheduleDay = z.object({
  staff_id: WireId,
  date: z.string(),
  slots: z.array(z.object({ from: z.string(), to: z.string() })).nullish(),
});

function toTeamMember(member: WireStaff): TeamMember {
  return {
    id: member.id,
    name: member.name,
    specialization: member.specialization,
    avatarUrl: member.avatar_big || member.avatar,
    position: member.position ?? null,
    weight: member.weight,
    bookable: member.bookable,
    hiddenOnline: member.hidden,
    rating: member.rating,
  };
}

/** Fired members and removed ones (`status` 1) have no column in the calendar. */
function isActive(member: WireStaff): boolean {
  return !member.fired && member.status !== 1;
}

/** Altegio's order: higher weight first; id keeps equal weights stable. */
function byWeight(a: TeamMember, b: TeamMember): number {
  return b.weight - a.weight || a.id - b.id;
}

export function createTeamApi(http: Http, lists: ListReading = {}) {
  return {
    /** The calendar's columns: active members in Altegio's order. */
    async list(location: LocationRef): Promise<TeamMember[]> {
      const { data } = await http.request('GET', `/staff/${location.id}`);
      const members = readList(lists, 'teamMembers', data, (item) =>
        parseWire(WireStaff, item, 'a team member'),
      );
      return members.filter(isActive).map(toTeamMember).sort(byWeight);
    },

    async get(location: LocationRef, id: number): Promise<TeamMember> {
      const { data } = await http.request('GET', `/staff/${location.id}/${id}`);
      return toTeamMember(parseWire(WireStaff, data, 'a team member'));
    },

    /**
     * Working hours per member and local date in [from, to]; intervals as ISO times in the location's zone
     * (a slot ending before it starts runs past midnight). Days off have no intervals.
     */
    async workingDays(
      location: LocationRef,
      range: { from: string; to: string; teamMemberIds?: number[] },
    ): Promise<WorkingDay[]> {
      if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) {
        throw inputError('to', 'issue.range.backwards');
      }
      const { data } = await http.request('GET', `/company/${location.id}/staff/schedule`, {
        query: { start_date: range.from, end_date: range.to, 'staff_ids[]': range.teamMemberIds },
      });
      const days = readList(lists, 'workingHours', data, (item) =>
        parseWire(WireScheduleDay, item, 'a working day'),
      );
      const zone = location.timezone;
      return days.map((day) => ({
        teamMemberId: day.staff_id,
        date: day.date.slice(0, 10),
        intervals: (day.slots ?? []).flatMap((slot) => {
          const start = localToIso(day.date.slice(0, 10), slot.from, zone);
          let end = localToIso(day.date.slice(0, 10), slot.to, zone);
          if (start && end && Date.parse(end) <= Date.parse(start))
            end = localToIso(nextDate(day.date.slice(0, 10)), slot.to, zone);
          return start && end ? [{ start, end }] : [];
        }),
      }));
    },
  };
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export type TeamApi = ReturnType<typeof createTeamApi>;
