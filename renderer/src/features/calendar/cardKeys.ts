import type { KeyboardEvent } from 'react';
import { pressed } from '../../commands';
import { cardCommands } from './keys';

/**
 * A calendar card is the tab stop (FullCalendar's own, with no name, is switched off by
 * eventInteractive={false}): Enter or Space clicks it, and FullCalendar's click handling opens it.
 */
export function openOnKey(event: KeyboardEvent<HTMLElement>): void {
  if (!cardCommands.some((command) => pressed(event, command))) return;
  event.preventDefault();
  event.currentTarget.click();
}
