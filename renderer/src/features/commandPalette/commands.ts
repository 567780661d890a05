import type { Command } from '../../commands';
import { i18n } from '../../i18n';

const messages = i18n('commandPalette/commands', {
  open: 'Find a client, an appointment, a screen or an action (command palette)',
});

/** Ctrl/⌘+K opens the palette anywhere in the app, in a text field too; not over another dialog. */
export const paletteCommands: readonly Command[] = [
  {
    id: 'palette.open',
    get label() {
      return messages.get().open;
    },
    shortcut: 'Mod+k',
    inFields: true,
  },
];
