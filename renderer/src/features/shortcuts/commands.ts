import type { Command } from '../../commands';
import { i18n } from '../../i18n';

const messages = i18n('shortcuts/commands', {
  open: 'Show the keyboard shortcuts',
  close: 'Close the dialog, menu or pop-up',
});

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

/** Escape, which every dialog, menu and pop-up (MUI's) answers by closing. */
export const dialogCommands: readonly Command[] = [
  {
    id: 'dialog.close',
    get label() {
      return messages.get().close;
    },
    shortcut: 'Escape',
  },
];
