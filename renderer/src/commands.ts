import { useEffect, useRef, useSyncExternalStore } from 'react';
import { matchKeybindingPress, parseKeybinding, tinykeys, type KeybindingsMap } from 'tinykeys';

/** Something a user can do by name or by key; a feature lists its own, a page binds what they run. */
export interface Command {
  id: string;
  label: string;
  /**
   * A single key (`t`, `/`) or a key name (`ArrowLeft`), pressed without Ctrl, Alt or Meta; or `Mod+k`,
   * `Mod+Enter`: with Ctrl, or ⌘ on a Mac.
   */
  shortcut?: string;
  /** The key works in a text field too (not in a dialog): the command palette's Ctrl+K. */
  inFields?: boolean;
}

/** A command's shortcut as a tinykeys binding: a sign that may need Shift (`?`) matches with or without it. */
export function keyBinding(shortcut: string): string {
  if (shortcut === ' ') return 'Space';
  if (/^[^\p{L}\p{N}]$/u.test(shortcut)) return `[Shift]+${shortcut}`;
  return shortcut.replace(/^Mod\+/, '$mod+');
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'getModifierState'>;

/** Whether a key event is a command's shortcut, for a key a field or a form handles itself. */
export function pressed(event: KeyLike | { nativeEvent: KeyLike }, command: Command): boolean {
  if (!command.shortcut) return false;
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return parseKeybinding(keyBinding(command.shortcut)).every((press) =>
    matchKeybindingPress(native as KeyboardEvent, press),
  );
}

/** In a dialog, or in a list or menu a field opened (MUI puts those outside the dialog that owns them). */
function inDialog(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null
  );
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || inDialog(target)
  );
}

/** A command a mounted page binds, with what it runs there now. */
export interface BoundCommand {
  command: Command;
  run: () => void;
}

const bound = new Map<object, BoundCommand[]>();
const listeners = new Set<() => void>();
let snapshot: readonly BoundCommand[] = [];

function publish() {
  snapshot = [...bound.values()].flat();
  listeners.forEach((listener) => listener());
}

/** The commands the pages on screen bind (one list with their keys): what the command palette offers. */
export function useBoundCommands(): readonly BoundCommand[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => snapshot,
  );
}

/**
 * Runs a command's handler when its shortcut is pressed — never while the user types in a field or a
 * dialog has the focus (but for an `inFields` command, in a field outside a dialog) — and offers the bound
 * commands to the command palette while the caller is mounted.
 */
export function useCommandKeys(
  commands: readonly Command[],
  handlers: Readonly<Record<string, () => void>>,
): void {
  const latest = useRef({ commands, handlers });
  useEffect(() => {
    latest.current = { commands, handlers };
  });
  const ids = commands.map((command) => `${command.id}:${command.shortcut ?? ''}`).join();
  useEffect(() => {
    const owner = {};
    const runs = (id: string) => latest.current.handlers[id];
    bound.set(
      owner,
      latest.current.commands
        .filter((command) => runs(command.id))
        .map((command) => ({ command, run: () => runs(command.id)?.() })),
    );
    publish();
    const map: KeybindingsMap = {};
    for (const command of latest.current.commands) {
      if (!command.shortcut) continue;
      map[keyBinding(command.shortcut)] = (event) => {
        if (command.inFields ? inDialog(event.target) : typing(event.target)) return;
        const run = runs(command.id);
        if (!run) return;
        event.preventDefault();
        run();
      };
    }
    // Where a key may work is each command's to say (above), not tinykeys' default of never in a field.
    const unsubscribe = tinykeys(window, map, { ignore: (event) => event.isComposing });
    return () => {
      unsubscribe();
      bound.delete(owner);
      publish();
    };
  }, [ids]);
}
