import { settingsProblem, type SettingsProblem } from '../../settingsProblem';

export type LabelProblem = SettingsProblem;

/** What went wrong with a label save or delete, in words, and whether Retry makes sense. */
export function labelProblem(error: unknown, fallback: string): LabelProblem {
  return settingsProblem(error, {
    right: 'manage labels',
    gone: 'This label is no longer in Altegio: it may have been deleted at another desk.',
    fallback,
  });
}
