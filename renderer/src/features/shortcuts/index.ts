export { shortcutCommands } from './commands';
export { ShortcutsButton } from './ShortcutsButton';
export type { ShortcutPlace } from './ShortcutsDialog';
export { shortcutText } from './ShortcutsDialog';
