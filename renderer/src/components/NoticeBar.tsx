import { Suspense } from 'react';
import { lazyPart, useOpenedOnce } from '../lazyPart';

/** What just happened, with at most one thing to do about it. */
export interface Notice {
  /** Text from Altegio inside it is marked with `isolate` and shown as `<bdi>`. */
  message: string;
  severity: 'success' | 'error' | 'warning' | 'info';
  action?: { label: string; run: () => void };
}

const NoticeSnackbar = lazyPart(() => import('./NoticeSnackbar').then((module) => module.NoticeSnackbar));

/**
 * The screens' snackbar: what just happened, and the one thing to do about it (Undo, Save anyway…). Its
 * code loads with the lazy parts after the calendar's first paint, or with the first notice.
 */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const shown = useOpenedOnce(notice !== null);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <NoticeSnackbar notice={notice} onClose={onClose} />
    </Suspense>
  );
}
