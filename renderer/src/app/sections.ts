import { calendarFeature } from '../features/calendar';
import { chainViewFeature } from '../features/chainView';
import { commentsFeature } from '../features/comments';
import { onlineBookingFeature } from '../features/onlineBooking';
import { partnerReportFeature } from '../features/partnerReport';
import { schedulesFeature } from '../features/schedules';
import { settingsFeature } from '../features/settings';
import type { FeatureEntry } from '../featureEntry';

/** The app's sections, in navigation order: the one list the navigation and the frame read. */
export const sections: readonly FeatureEntry[] = [
  calendarFeature,
  chainViewFeature,
  schedulesFeature,
  onlineBookingFeature,
  commentsFeature,
  partnerReportFeature,
  settingsFeature,
];

export type SectionId = string;

export function sectionById(id: SectionId): FeatureEntry {
  return sections.find((section) => section.id === id) ?? calendarFeature;
}
