import { Suspense, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Box from '@mui/material/Box';
import { useCommandKeys } from '../../commands';
import { Hint } from '../../components/Hint';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, useOpenedOnce } from '../../lazyPart';
import { shortcutCommands } from './commands';
import type { ShortcutPlace } from './ShortcutsDialog';

const ShortcutsDialog = lazyPart(() => import('./ShortcutsDialog').then((module) => module.ShortcutsDialog));

const messages = i18n('shortcuts/ShortcutsButton', {
  shortcuts: 'Keyboard shortcuts',
  hint: 'Keyboard shortcuts (?)',
});

/**
 * The app bar's entry to the keyboard-shortcut sheet, which `?` opens too from anywhere outside a text
 * field. `sections` are the app's sections, each with the commands its page binds.
 */
export function ShortcutsButton({ sections }: { sections: readonly ShortcutPlace[] }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  useCommandKeys(shortcutCommands, { 'shortcuts.open': () => setOpen(true) });
  return (
    <>
      <Hint title={t.hint}>
        <IconButton
          color="inherit"
          aria-label={t.shortcuts}
          aria-keyshortcuts="?"
          onClick={() => setOpen(true)}
        >
          <Box component="span" aria-hidden sx={{ width: 24, lineHeight: '24px', fontWeight: 700 }}>
            ?
          </Box>
        </IconButton>
      </Hint>
      {opened && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={open} onClose={() => setOpen(false)} sections={sections} />
        </Suspense>
      )}
    </>
  );
}
