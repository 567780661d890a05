import type { Command } from '../../commands';
import { i18n } from '../../i18n';

const messages = i18n('calendar/commands', {
  today: 'Go to today',
  previous: 'Previous day or week',
  next: 'Next day or week',
  dayView: 'Day view',
  weekView: 'Week view, all team members',
  listView: 'List of the day',
  newAppointment: 'New appointment',
  search: 'Find a client in the loaded days',
  walkIn: 'Walk-in: who can take a client now',
  staffOut: 'Team member out: hand their appointments over',
  runningLate: 'Running late: push a team member’s later appointments',
});

/** What the appointment log offers from the keyboard (bound in CalendarPage); labels in the language shown. */
export const calendarCommands = [
  {
    id: 'calendar.today',
    get label() {
      return messages.get().today;
    },
    shortcut: 't',
  },
  {
    id: 'calendar.previous',
    get label() {
      return messages.get().previous;
    },
    shortcut: 'ArrowLeft',
  },
  {
    id: 'calendar.next',
    get label() {
      return messages.get().next;
    },
    shortcut: 'ArrowRight',
  },
  {
    id: 'calendar.dayView',
    get label() {
      return messages.get().dayView;
    },
    shortcut: 'd',
  },
  {
    id: 'calendar.weekView',
    get label() {
      return messages.get().weekView;
    },
    shortcut: 'w',
  },
  {
    id: 'calendar.listView',
    get label() {
      return messages.get().listView;
    },
    shortcut: 'l',
  },
  {
    id: 'appointments.new',
    get label() {
      return messages.get().newAppointment;
    },
    shortcut: 'n',
  },
  {
    id: 'calendar.search',
    get label() {
      return messages.get().search;
    },
    shortcut: '/',
  },
  {
    id: 'walkIn.open',
    get label() {
      return messages.get().walkIn;
    },
    shortcut: 'i',
  },
  {
    id: 'staffOut.open',
    get label() {
      return messages.get().staffOut;
    },
    shortcut: 'o',
  },
  {
    id: 'runningLate.open',
    get label() {
      return messages.get().runningLate;
    },
    shortcut: 'r',
  },
] as const satisfies readonly Command[];

export type CalendarCommandId = (typeof calendarCommands)[number]['id'];
