import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { FeatureEntry } from '../../featureEntry';
import { OnlineBookingPage } from './OnlineBookingPage';

export const onlineBookingFeature: FeatureEntry = {
  id: 'onlineBooking',
  label: 'Online booking',
  description: 'What a client can book online: services, team members, free dates and times.',
  icon: EventAvailableIcon,
  page: OnlineBookingPage,
  commands: [],
};
