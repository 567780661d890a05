import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PreferenceKey } from '../../../../shared/domain/preferences';
import { call } from '../../api';
import { NoticeBar } from '../../components/NoticeBar';
import { i18n, params, useLocale, useMessages } from '../../i18n';

const messages = i18n('preferences/PreferencesResetNotice', {
  reset: params('Some saved preferences could not be read and are back to their defaults: {names}.'),
  theme: 'theme',
  language: 'language',
  navigationOpen: 'navigation',
  hiddenTeamMembers: 'team members shown',
  labelFilter: 'labels shown',
  weekStart: 'first day of the week',
  slotMinutes: 'slot length',
  dayHours: 'day hours',
  defaultView: 'opening view',
  refreshSeconds: 'refresh interval',
  breakDefaults: 'default technical breaks',
  rebookWeeks: 'weeks to rebook in',
  chainLocations: 'locations side by side',
} satisfies Record<PreferenceKey | 'reset', unknown>);

/** Says once which stored preferences could not be read and are back to their defaults. */
export function PreferencesResetNotice() {
  const reset = useQuery({
    // Not under the preferences' key: a preference change cancels those queries, and this one runs once.
    queryKey: ['preferencesResetAtStart'],
    queryFn: () => call('preferences.resetAtStart'),
    staleTime: Infinity,
  });
  const t = useMessages(messages);
  const locale = useLocale();
  const [dismissed, setDismissed] = useState(false);
  const keys = reset.data ?? [];
  const notice =
    !dismissed && keys.length > 0
      ? {
          severity: 'warning' as const,
          message: t.reset({ names: new Intl.ListFormat(locale).format(keys.map((key) => t[key])) }),
        }
      : null;
  return <NoticeBar notice={notice} onClose={() => setDismissed(true)} />;
}
