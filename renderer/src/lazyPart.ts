import { lazy, useState, useSyncExternalStore, type ComponentType } from 'react';

const parts: Array<() => Promise<unknown>> = [];
const listeners = new Set<() => void>();
let scheduled = false;
let prefetching = false;

/**
 * React.lazy for a part the calendar's first paint does not need (a dialog, a form, a picker): it loads
 * in its own chunk when first rendered, or before that, once the app is idle after that paint
 * (`prefetchParts`), so that the first open finds it loaded. Render it inside a Suspense boundary.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // The next caller tries again: a prefetch, or a first render. (React.lazy keeps a failure it saw.)
        loading = null;
        throw error;
      },
    ));
  parts.push(loadOnce);
  return lazy(loadOnce);
}

/**
 * Loads every lazy part declared so far when the browser is next idle. The calendar calls it once its
 * first day is painted, so nothing here competes with that paint.
 */
export function prefetchParts(): void {
  if (scheduled) return;
  scheduled = true;
  const loadAll = () => {
    prefetching = true;
    listeners.forEach((listener) => listener());
    parts.forEach((part) => void part().catch(() => undefined));
  };
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(loadAll, { timeout: 2000 });
  else setTimeout(loadAll, 0);
}

/** Whether the lazy parts are loading or loaded: a part shown at once may wait for this to show a stand-in. */
export function usePartsPrefetched(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => prefetching,
  );
}

/** True from the first time `open` is: a lazy dialog or drawer stays mounted then, to close with its transition. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
