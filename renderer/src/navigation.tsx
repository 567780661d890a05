import { createContext, useContext } from 'react';

/**
 * Moving between sections from inside one: the calendar's drawer opens a schedule, say. `focus` is what
 * the opened section should bring into view (each section reads its own kind of value).
 */
export interface Navigation {
  section: string;
  focus: string | null;
  go(section: string, focus?: string): void;
}

export const NavigationContext = createContext<Navigation>({
  section: 'calendar',
  focus: null,
  go: () => undefined,
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
