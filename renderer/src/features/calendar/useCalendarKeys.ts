import { useEffect, useRef } from 'react';

export interface CalendarKeyActions {
  today: () => void;
  prev: () => void;
  next: () => void;
  day: () => void;
  week: () => void;
  list: () => void;
  create: () => void;
  search: () => void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

/** T today, ←/→ previous/next, D/W/L views, N new appointment, / search — never while typing in a field. */
export function useCalendarKeys(actions: CalendarKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const map: Record<string, keyof CalendarKeyActions> = {
        t: 'today',
        ArrowLeft: 'prev',
        ArrowRight: 'next',
        d: 'day',
        w: 'week',
        l: 'list',
        n: 'create',
        '/': 'search',
      };
      const action = map[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
