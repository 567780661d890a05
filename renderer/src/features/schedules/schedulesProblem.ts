import { i18n } from '../../i18n';
import { settingsProblem, type SettingsProblem } from '../../settingsProblem';

const messages = i18n('schedules/schedulesProblem', {
  right: 'manage schedules',
  gone: 'This schedule (or the enrolment) is no longer in Altegio: it was changed at another desk. Close this and look again.',
});

/** Why a schedule change failed, in words; Retry is offered when trying again may work. */
export function schedulesProblem(error: unknown, fallback: string): SettingsProblem {
  const t = messages.get();
  return settingsProblem(error, { right: t.right, gone: t.gone, fallback });
}

/** Altegio's field names for enrolments, as the dialog's inputs. */
export function enrolmentField(field: string): 'client' | 'series' | null {
  if (/client/i.test(field)) return 'client';
  if (/day|series/i.test(field)) return 'series';
  return null;
}
