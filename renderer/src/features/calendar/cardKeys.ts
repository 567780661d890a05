import type { KeyboardEvent } from 'react';

/**
 * A calendar card is the tab stop (FullCalendar's own, with no name, is switched off by
 * eventInteractive={false}): Enter or Space clicks it, and FullCalendar's click handling opens it.
 */
export function openOnKey(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  event.currentTarget.click();
}
