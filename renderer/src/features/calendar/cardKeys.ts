import type { KeyboardEvent } from 'react';

/** The keys that open a card in focus; keys.ts declares them as Commands (for the shortcut sheet). */
export const CARD_KEYS = ['Enter', ' '] as const;

/**
 * A calendar card is the tab stop (FullCalendar's own, with no name, is switched off by
 * eventInteractive={false}): Enter or Space clicks it, and FullCalendar's click handling opens it.
 */
export function openOnKey(event: KeyboardEvent<HTMLElement>): void {
  if (!(CARD_KEYS as readonly string[]).includes(event.key)) return;
  event.preventDefault();
  event.currentTarget.click();
}
