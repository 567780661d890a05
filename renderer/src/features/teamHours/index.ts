export { useTeamHoursDialog } from './useTeamHoursDialog';
