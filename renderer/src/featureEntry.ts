import type { ComponentType } from 'react';
import type { SvgIconComponent } from '@mui/icons-material';
import type { Location } from '../../shared/domain/location';
import type { Command } from './commands';

/**
 * A section of the app as the navigation (and, later, the command palette) knows it: declared once in
 * the feature's index.ts and listed in app/sections.ts; nothing else names the sections.
 */
export interface FeatureEntry {
  id: string;
  label: string;
  description: string;
  icon: SvgIconComponent;
  /**
   * The section's page, for the open location. Every section but the calendar passes a React.lazy page:
   * it loads on first visit, in its own chunk, so the calendar's first paint does not wait for it.
   */
  page: ComponentType<{ location: Location }>;
  /** What the section offers from the keyboard. */
  commands: readonly Command[];
  /** Whether the navigation offers the section to a user with these locations (always, when absent). */
  shownFor?: (locations: readonly Location[]) => boolean;
}
