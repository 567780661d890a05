import { lazy } from 'react';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';
import { lazyPart } from '../../lazyPart';

const messages = i18n('schedules/Feature', {
  label: 'Recurring schedules',
  description: 'Weekly group classes, their series and the clients enrolled in them.',
});

export { schedulesKeys, useGroupEvents, useScheduleForEvent, useSchedules } from './api';
/** Lazy: render it inside a Suspense boundary. */
export const EnrolDialog = lazyPart(() => import('./EnrolDialog').then((module) => module.EnrolDialog));
export { seriesInWeekOrder, WEEKDAY_NAMES } from './model';

export const schedulesFeature: FeatureEntry = {
  id: 'schedules',
  get label(): string {
    return messages.get().label;
  },
  get description(): string {
    return messages.get().description;
  },
  icon: EventRepeatIcon,
  page: lazy(() => import('./SchedulesPage').then((module) => ({ default: module.SchedulesPage }))),
  commands: [],
};
