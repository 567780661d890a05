import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { plannedFeature } from '../../components/PlannedSection';

export const schedulesFeature = plannedFeature(
  'schedules',
  'Recurring schedules',
  'Weekly group events and the clients enrolled in them.',
  EventRepeatIcon,
);
