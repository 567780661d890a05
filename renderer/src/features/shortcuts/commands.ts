import type { Command } from '../../commands';
import { i18n } from '../../i18n';

const messages = i18n('shortcuts/commands', { open: 'Show the keyboard shortcuts' });

/** The keys that work anywhere outside a text field: the sheet itself (bound in ShortcutsButton). */
export const shortcutCommands: readonly Command[] = [
  {
    id: 'shortcuts.open',
    get label() {
      return messages.get().open;
    },
    shortcut: '?',
  },
];
