import { lazy } from 'react';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { FeatureEntry } from '../../featureEntry';

export const onlineBookingFeature: FeatureEntry = {
  id: 'onlineBooking',
  label: 'Online booking',
  description: 'What a client can book online: services, team members, free dates and times.',
  icon: EventAvailableIcon,
  page: lazy(() => import('./OnlineBookingPage').then((module) => ({ default: module.OnlineBookingPage }))),
  commands: [],
};
