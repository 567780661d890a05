import type { Command } from '../../commands';
import { i18n } from '../../i18n';
import { CARD_KEYS } from './cardKeys';

const messages = i18n('calendar/keys', {
  openCard: 'Open the appointment or class in focus',
  goToDate: 'Go to the date typed',
  putBackDate: 'Put back the date shown',
});

/** The keys a calendar card answers (cardKeys.ts), when it has the focus. */
export const cardCommands: readonly Command[] = CARD_KEYS.map((key) => ({
  id: `calendar.openCard.${key === ' ' ? 'space' : key}`,
  get label() {
    return messages.get().openCard;
  },
  shortcut: key,
}));

/** The keys the "Go to date" field answers (GoToDateField.tsx) while typing a date in it. */
export const goToDateCommands: readonly Command[] = [
  {
    id: 'calendar.goToDate',
    get label() {
      return messages.get().goToDate;
    },
    shortcut: 'Enter',
  },
  {
    id: 'calendar.putBackDate',
    get label() {
      return messages.get().putBackDate;
    },
    shortcut: 'Escape',
  },
];
