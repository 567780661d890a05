import { lazy } from 'react';
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';

const messages = i18n('chainView/feature', {
  label: 'All locations',
  description: 'One day at several of your locations side by side, each in its own time zone.',
});

export const chainViewFeature: FeatureEntry = {
  id: 'chainView',
  get label() {
    return messages.get().label;
  },
  get description() {
    return messages.get().description;
  },
  icon: ViewWeekIcon,
  page: lazy(() => import('./ChainViewPage').then((module) => ({ default: module.ChainViewPage }))),
  commands: [],
  // A chain is two locations or more.
  shownFor: (locations) => locations.length >= 2,
};
