import { Fragment } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Command } from '../../commands';
import { i18n, params, useMessages } from '../../i18n';
import { appointmentFormCommands } from '../appointments';
import { cardCommands, goToDateCommands } from '../calendar';
import { paletteCommands } from '../commandPalette';
import { shortcutCommands } from './commands';

const messages = i18n('shortcuts/ShortcutsDialog', {
  title: 'Keyboard shortcuts',
  anywhere: 'Anywhere outside a text field',
  everywhere: 'Anywhere, in a text field too (not in a dialog)',
  section: params('{section}, outside a text field'),
  card: 'An appointment or class in the calendar, in focus',
  goToDate: 'The “Go to date” field',
  appointmentForm: 'The appointment form',
  dialogs: 'Dialogs, menus and pop-ups',
  or: 'or',
  space: 'Space',
  escape: 'Esc',
  enter: 'Enter',
  ctrl: 'Ctrl',
  close: 'Close',
  closePopup: 'Close the dialog, menu or pop-up',
});

/** A place with its own keys, as the app's sections are: a name and its commands. */
export interface ShortcutPlace {
  id: string;
  label: string;
  commands: readonly Command[];
}

type Words = ReturnType<typeof messages.get>;

/** Escape, which every dialog, menu and pop-up (MUI's) answers by closing. */
export const dialogCommands: readonly Command[] = [
  {
    id: 'dialog.close',
    get label() {
      return messages.get().closePopup;
    },
    shortcut: 'Escape',
  },
];

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);

/** A shortcut as the keyboard shows it, key by key: "Mod+Enter" → Ctrl, Enter (⌘ on a Mac). */
export function keyNames(shortcut: string, t: Words): string[] {
  return shortcut.split(/\+(?=.)/).map((key) => {
    switch (key) {
      case 'Mod':
        return mac ? '⌘' : t.ctrl;
      case ' ':
        return t.space;
      case 'Escape':
        return t.escape;
      case 'Enter':
        return t.enter;
      case 'ArrowLeft':
        return '←';
      case 'ArrowRight':
        return '→';
      case 'ArrowUp':
        return '↑';
      case 'ArrowDown':
        return '↓';
      default:
        return key.length === 1 ? key.toUpperCase() : key;
    }
  });
}

/** A shortcut as the keyboard shows it, in the language shown: "Ctrl+Enter", "←". */
export function shortcutText(shortcut: string): string {
  return keyNames(shortcut, messages.get()).join('+');
}

function Keys({ shortcut, t }: { shortcut: string; t: Words }) {
  return (
    <>
      {keyNames(shortcut, t).map((key, index) => (
        <Fragment key={index}>
          {index > 0 && '+'}
          <Box
            component="kbd"
            sx={{
              display: 'inline-block',
              minWidth: '1.6em',
              px: 0.75,
              border: 1,
              borderColor: 'divider',
              borderBottomWidth: 2,
              borderRadius: 1,
              fontFamily: 'monospace',
              fontSize: '0.85em',
              textAlign: 'center',
              bgcolor: 'action.hover',
            }}
          >
            {key}
          </Box>
        </Fragment>
      ))}
    </>
  );
}

/** Commands of one place, one row per thing done: two keys doing the same share its row. */
function rows(commands: readonly Command[]): Array<{ label: string; shortcuts: string[] }> {
  const byLabel = new Map<string, string[]>();
  for (const command of commands) {
    if (!command.shortcut) continue;
    const label = command.label;
    byLabel.set(label, [...(byLabel.get(label) ?? []), command.shortcut]);
  }
  return [...byLabel].map(([label, shortcuts]) => ({ label, shortcuts }));
}

/**
 * Every key the app answers, grouped by where it works, read from the commands that drive the keys: the
 * sections' (bound by their pages), the sheet's own, and those a field or a form handles itself.
 */
export function ShortcutsDialog({
  open,
  onClose,
  sections,
}: {
  open: boolean;
  onClose: () => void;
  sections: readonly ShortcutPlace[];
}) {
  const t = useMessages(messages);
  const groups = [
    { id: 'everywhere', title: t.everywhere, commands: paletteCommands },
    { id: 'anywhere', title: t.anywhere, commands: shortcutCommands },
    ...sections.map((place) => ({
      id: place.id,
      title: t.section({ section: place.label }),
      commands: place.commands,
    })),
    { id: 'card', title: t.card, commands: cardCommands },
    { id: 'goToDate', title: t.goToDate, commands: goToDateCommands },
    { id: 'appointmentForm', title: t.appointmentForm, commands: appointmentFormCommands },
    { id: 'dialogs', title: t.dialogs, commands: dialogCommands },
  ].filter((group) => group.commands.some((command) => command.shortcut));

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t.title}</DialogTitle>
      {/* Nothing in it takes the focus, so the list itself does: it scrolls from the keyboard. */}
      <DialogContent dividers tabIndex={0}>
        <Stack spacing={2}>
          {groups.map((group) => (
            <section
              key={group.id}
              aria-labelledby={`shortcuts-${group.id}`}
              data-testid={`shortcuts-${group.id}`}
            >
              <Typography id={`shortcuts-${group.id}`} variant="subtitle1" component="h3">
                {group.title}
              </Typography>
              <Table size="small" aria-labelledby={`shortcuts-${group.id}`}>
                <TableBody>
                  {rows(group.commands).map((row) => (
                    <TableRow key={row.label}>
                      <TableCell sx={{ width: '30%', whiteSpace: 'nowrap' }}>
                        {row.shortcuts.map((shortcut, index) => (
                          <Fragment key={shortcut}>
                            {index > 0 && ` ${t.or} `}
                            <Keys shortcut={shortcut} t={t} />
                          </Fragment>
                        ))}
                      </TableCell>
                      <TableCell>{row.label}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
