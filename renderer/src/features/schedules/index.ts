import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { plannedSection } from '../../components/PlannedSection';
import type { FeatureEntry } from '../../featureEntry';

const label = 'Recurring schedules';
const description = 'Weekly group events and the clients enrolled in them.';

export const schedulesFeature: FeatureEntry = {
  id: 'schedules',
  label,
  description,
  icon: EventRepeatIcon,
  page: plannedSection(label, description, EventRepeatIcon),
  commands: [],
};
