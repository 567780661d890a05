import type { Command } from '../../commands';

/** What the appointment log offers from the keyboard (bound in CalendarPage). */
export const calendarCommands = [
  { id: 'calendar.today', label: 'Go to today', shortcut: 't' },
  { id: 'calendar.previous', label: 'Previous day or week', shortcut: 'ArrowLeft' },
  { id: 'calendar.next', label: 'Next day or week', shortcut: 'ArrowRight' },
  { id: 'calendar.dayView', label: 'Day view', shortcut: 'd' },
  { id: 'calendar.weekView', label: 'Week view, all team members', shortcut: 'w' },
  { id: 'calendar.listView', label: 'List of the day', shortcut: 'l' },
  { id: 'appointments.new', label: 'New appointment', shortcut: 'n' },
  { id: 'calendar.search', label: 'Find a client in the loaded days', shortcut: '/' },
  { id: 'walkIn.open', label: 'Walk-in: who can take a client now', shortcut: 'i' },
  { id: 'staffOut.open', label: 'Team member out: hand their appointments over', shortcut: 'o' },
  { id: 'runningLate.open', label: 'Running late: push a team member’s later appointments', shortcut: 'r' },
] as const satisfies readonly Command[];

export type CalendarCommandId = (typeof calendarCommands)[number]['id'];
