import { i18n } from '../../i18n';
import { settingsProblem, type SettingsProblem } from '../../settingsProblem';

const messages = i18n('labels/labelProblem', {
  right: 'manage labels',
  gone: 'This label is no longer in Altegio: it may have been deleted at another desk.',
});

export type LabelProblem = SettingsProblem;

/** What went wrong with a label save or delete, in words, and whether Retry makes sense. */
export function labelProblem(error: unknown, fallback: string): LabelProblem {
  const t = messages.get();
  return settingsProblem(error, { right: t.right, gone: t.gone, fallback });
}
