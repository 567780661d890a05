import { lazy } from 'react';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';

const messages = i18n('onlineBooking/feature', {
  label: 'Online booking',
  description: 'What a client can book online: services, team members, free dates and times.',
});

export const onlineBookingFeature: FeatureEntry = {
  id: 'onlineBooking',
  get label() {
    return messages.get().label;
  },
  get description() {
    return messages.get().description;
  },
  icon: EventAvailableIcon,
  page: lazy(() => import('./OnlineBookingPage').then((module) => ({ default: module.OnlineBookingPage }))),
  commands: [],
};
