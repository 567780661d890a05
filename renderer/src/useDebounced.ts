import { useEffect, useState } from 'react';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const TYPING_DELAY_MS = 250;

/** The value once it has stopped changing for a moment (type-ahead searches ask with this). */
export function useDebounced<T>(value: T, delayMs = TYPING_DELAY_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
