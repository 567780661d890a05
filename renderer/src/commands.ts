import { useEffect, useRef } from 'react';

/** Something a user can do by name or by key; a feature lists its own, a page binds what they run. */
export interface Command {
  id: string;
  label: string;
  /**
   * A single key (`t`, `/`) or a key name (`ArrowLeft`), pressed without Ctrl, Alt or Meta; or, for a key
   * a field or a form handles itself (`pressed`), `Mod+Enter`: with Ctrl, or ⌘ on a Mac.
   */
  shortcut?: string;
}

/** Whether a key event is a command's shortcut, for a key a field or a form handles itself. */
export function pressed(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  command: Command,
): boolean {
  if (!command.shortcut || event.altKey) return false;
  const parts = command.shortcut.split(/\+(?=.)/);
  const key = parts.pop();
  const mod = parts.includes('Mod');
  return event.key === key && (event.ctrlKey || event.metaKey) === mod;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

/** Runs a command's handler when its shortcut is pressed — never while the user types in a field. */
export function useCommandKeys(
  commands: readonly Command[],
  handlers: Readonly<Record<string, () => void>>,
): void {
  const latest = useRef({ commands, handlers });
  useEffect(() => {
    latest.current = { commands, handlers };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const command = latest.current.commands.find((item) => item.shortcut === key);
      const run = command ? latest.current.handlers[command.id] : undefined;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
