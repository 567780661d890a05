export { paletteCommands } from './commands';
export { CommandPaletteHost } from './CommandPaletteHost';
export { startAt, useCalendarTarget, type CalendarTarget } from './target';
