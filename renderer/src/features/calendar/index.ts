import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import type { FeatureEntry } from '../../featureEntry';
import { CalendarPage } from './CalendarPage';
import { calendarCommands } from './commands';

export { cardCommands, goToDateCommands } from './keys';

export const calendarFeature: FeatureEntry = {
  id: 'calendar',
  label: 'Appointment log',
  description: 'The day’s appointments for every team member, to book, move, edit and cancel.',
  icon: CalendarMonthIcon,
  page: CalendarPage,
  commands: calendarCommands,
};
