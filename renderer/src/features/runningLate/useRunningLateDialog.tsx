import { DateTime } from 'luxon';
import { Suspense, useCallback, useState, type ReactNode } from 'react';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { i18n, params, plural } from '../../i18n';
import { lazyPart } from '../../lazyPart';
import { clockTime, DEFAULT_DELAY, defaultTime, type LateForm } from './lateForm';

const RunningLateDialog = lazyPart(() =>
  import('./RunningLateDialog').then((module) => module.RunningLateDialog),
);

const messages = i18n('runningLate/useRunningLateDialog', {
  pushed: params(
    plural({
      one: '{moved} of {count} appointment pushed.',
      other: '{moved} of {count} appointments pushed.',
    }),
  ),
});

interface RunningLateDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The day shown: the push is on it unless opened from an appointment. */
  shownDate: string;
  notify: (notice: Notice) => void;
}

/** Opened from the desk tools (`open()`) or from an appointment (`open({teamMemberId, start})`). */
export function useRunningLateDialog(host: RunningLateDialogHost): {
  open: (from?: { teamMemberId: number; start: string }) => void;
  dialog: ReactNode;
} {
  const [initial, setInitial] = useState<LateForm | null>(null);
  const { zone, shownDate, teamMembers } = host;
  const open = useCallback(
    (from?: { teamMemberId: number; start: string }) =>
      setInitial({
        teamMemberId: from?.teamMemberId ?? teamMembers[0]?.id ?? null,
        date: from ? (DateTime.fromISO(from.start).setZone(zone).toISODate() ?? shownDate) : shownDate,
        time: from ? clockTime(from.start, zone) : defaultTime(Date.now(), zone),
        minutes: String(DEFAULT_DELAY),
        mode: 'all',
      }),
    [zone, shownDate, teamMembers],
  );
  const dialog = initial && (
    <Suspense fallback={null}>
      <RunningLateDialog
        locationId={host.locationId}
        zone={zone}
        teamMembers={teamMembers}
        initial={initial}
        onClose={() => setInitial(null)}
        onPushed={(result) => {
          const moved = result.outcomes.filter((outcome) => outcome.result === 'moved').length;
          host.notify({
            message: messages.get().pushed({ moved })(result.outcomes.length),
            severity: moved === result.outcomes.length ? 'success' : 'warning',
          });
        }}
      />
    </Suspense>
  );
  return { open, dialog };
}
