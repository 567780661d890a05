import { describe, expect, it } from 'vitest';
import { keyBinding, pressed, type Command } from '../../renderer/src/commands';

const command = (shortcut: string): Command => ({ id: 'test', label: 'Test', shortcut });
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('shortcuts matched by tinykeys', () => {
  it('writes each shortcut as a tinykeys binding', () => {
    expect(keyBinding('n')).toBe('n');
    expect(keyBinding('ArrowLeft')).toBe('ArrowLeft');
    expect(keyBinding('Mod+Enter')).toBe('$mod+Enter');
    expect(keyBinding('?')).toBe('[Shift]+?');
    expect(keyBinding(' ')).toBe('Space');
  });

  it('takes Ctrl for Mod here (not a Mac), and no key with a modifier it does not name', () => {
    const save = command('Mod+Enter');
    expect(pressed(key({ key: 'Enter', code: 'Enter', ctrlKey: true }), save)).toBe(true);
    expect(pressed(key({ key: 'Enter', code: 'Enter' }), save)).toBe(false);
    expect(pressed(key({ key: 'Enter', code: 'Enter', ctrlKey: true, altKey: true }), save)).toBe(false);
    expect(pressed(key({ key: 'n', code: 'KeyN', ctrlKey: true }), command('n'))).toBe(false);
    expect(pressed(key({ key: 'n', code: 'KeyN' }), command('n'))).toBe(true);
  });

  it('takes a sign with or without the Shift its keyboard may need', () => {
    expect(pressed(key({ key: '?', code: 'Slash', shiftKey: true }), command('?'))).toBe(true);
    expect(pressed(key({ key: '?', code: 'Minus' }), command('?'))).toBe(true);
    expect(pressed(key({ key: '/', code: 'Slash' }), command('?'))).toBe(false);
  });
});
