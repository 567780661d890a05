import { ScheduleDayInput, type ScheduleDay, type Weekday } from '../../../../shared/domain/schedule';

export { weekdayOf } from '../../../../shared/domain/schedule';
import { wordIssue } from '../../errors';
import { i18n } from '../../i18n';

const messages = i18n('schedules/seriesForm', { chooseLeader: 'Choose who leads the class.' });

/** One series as the form holds it: numbers stay text until saved, so typing is never fought. */
export interface SeriesDraft {
  weekday: Weekday;
  time: string;
  minutes: string;
  teamMemberId: number | '';
  capacity: string;
}

export type SeriesProblems = Partial<Record<keyof SeriesDraft, string>>;

export function draftOf(day: ScheduleDay): SeriesDraft {
  return {
    weekday: day.weekday,
    time: day.time,
    minutes: String(Math.round(day.durationSeconds / 60)),
    teamMemberId: day.teamMemberId,
    capacity: String(day.capacity),
  };
}

export function blankDraft(weekday: Weekday, base?: Partial<SeriesDraft>): SeriesDraft {
  return { time: '10:00', minutes: '60', teamMemberId: '', capacity: '8', ...base, weekday };
}

/** The draft as Altegio takes it, or the words for what is wrong, field by field. */
export function parseDraft(
  draft: SeriesDraft,
): { ok: true; series: ScheduleDayInput } | { ok: false; problems: SeriesProblems } {
  const problems: SeriesProblems = {};
  if (draft.teamMemberId === '') problems.teamMemberId = messages.get().chooseLeader;
  const minutes = Number(draft.minutes);
  const capacity = Number(draft.capacity);
  const parsed = ScheduleDayInput.safeParse({
    weekday: draft.weekday,
    time: draft.time,
    durationSeconds: draft.minutes.trim() === '' || !Number.isFinite(minutes) ? 0.5 : minutes * 60,
    teamMemberId: draft.teamMemberId === '' ? 0 : draft.teamMemberId,
    capacity: draft.capacity.trim() === '' || !Number.isFinite(capacity) ? 0.5 : capacity,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const key: keyof SeriesDraft | null =
        field === 'durationSeconds' ? 'minutes' : field === 'time' || field === 'capacity' ? field : null;
      if (key) problems[key] ??= wordIssue(issue.message);
    }
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, series: parsed.data };
}
