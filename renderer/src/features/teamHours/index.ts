export { TeamHoursDialog } from './TeamHoursDialog';
