import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';
import { CalendarPage } from './CalendarPage';
import { calendarCommands } from './commands';

export { cardCommands, goToDateCommands } from './keys';
// For the chain view: the same cards, data and drawer, at any of the user's locations.
export { AppointmentProjection } from './appointmentProjection';
export { renderEventContent } from './appointmentEvent';
export { commonGridOptions } from './gridOptions';
export { LazyAppointmentDrawer } from './lazyAppointmentDrawer';

const messages = i18n('calendar/feature', {
  label: 'Appointment log',
  description: 'The day’s appointments for every team member, to book, move, edit and cancel.',
});

export const calendarFeature: FeatureEntry = {
  id: 'calendar',
  get label() {
    return messages.get().label;
  },
  get description() {
    return messages.get().description;
  },
  icon: CalendarMonthIcon,
  page: CalendarPage,
  commands: calendarCommands,
};
