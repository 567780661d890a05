import { settingsProblem, type SettingsProblem } from '../../settingsProblem';

/** Why a schedule change failed, in words; Retry is offered when trying again may work. */
export function schedulesProblem(error: unknown, fallback: string): SettingsProblem {
  return settingsProblem(error, {
    right: 'manage schedules',
    gone: 'This schedule (or the enrolment) is no longer in Altegio: it was changed at another desk. Close this and look again.',
    fallback,
  });
}

/** Altegio's field names for enrolments, as the dialog's inputs. */
export function enrolmentField(field: string): 'client' | 'series' | null {
  if (/client/i.test(field)) return 'client';
  if (/day|series/i.test(field)) return 'series';
  return null;
}
