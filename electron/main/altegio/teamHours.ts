import type { LocationRef } from '../../../shared/domain/common';
import type { HoursSlot } from '../../../shared/domain/teamHours';
import type { WorkingDay } from '../../../shared/domain/teamMember';
import { AltegioError } from './errors';
import type { Http } from './http';
import { NOT_DONE, reconciled } from './reconcile';
import type { TeamApi } from './team';

/**
 * Altegio's field keys for one member and one date (`schedules_to_set.0.slots.1.to`) as the request's
 * own (`slots.1.to`), so the dialog shows each refusal at its field.
 */
function domainField(wire: string): string {
  const rest = wire.replace(/^schedules_to_(set|delete)\.\d+\.?/, '');
  if (rest === 'staff_id') return 'teamMemberId';
  if (rest.startsWith('dates')) return 'date';
  return rest || 'slots';
}

function withDomainFields(error: unknown): unknown {
  if (!(error instanceof AltegioError) || !error.detail?.fields) return error;
  const fields: Record<string, string> = {};
  for (const [wire, message] of Object.entries(error.detail.fields)) fields[domainField(wire)] ??= message;
  return error.withDetail({ ...error.detail, fields });
}

export function createTeamHoursApi(http: Http, team: TeamApi) {
  return {
    /**
     * Sets one member's hours on one date (`PUT /company/{id}/staff/schedule`); no slots clears the date to
     * a day off. Returns the day as Altegio then reports it.
     */
    async setDay(
      location: LocationRef,
      teamMemberId: number,
      date: string,
      slots: readonly HoursSlot[],
    ): Promise<WorkingDay> {
      const body =
        slots.length > 0
          ? { schedules_to_set: [{ staff_id: teamMemberId, dates: [date], slots }] }
          : { schedules_to_delete: [{ staff_id: teamMemberId, dates: [date] }] };
      const readBack = async () => {
        const days = await team.workingDays(location, {
          from: date,
          to: date,
          teamMemberIds: [teamMemberId],
        });
        return days.find((day) => day.teamMemberId === teamMemberId) ?? { teamMemberId, date, intervals: [] };
      };
      const wallClock = (iso: string, end: boolean) => {
        const time = iso.slice(11, 16);
        return end && time === '00:00' ? '24:00' : time;
      };
      const asSet = (day: WorkingDay) =>
        day.intervals.length === slots.length &&
        day.intervals.every(
          (interval, index) =>
            wallClock(interval.start, false) === slots[index]?.from &&
            wallClock(interval.end, true) === slots[index]?.to,
        );
      try {
        await reconciled(
          async () => void (await http.request('PUT', `/company/${location.id}/staff/schedule`, { body })),
          async () => (asSet(await readBack()) ? undefined : NOT_DONE),
        );
      } catch (error) {
        throw withDomainFields(error);
      }
      return readBack();
    },
  };
}

export type TeamHoursApi = ReturnType<typeof createTeamHoursApi>;
