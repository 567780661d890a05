export { TeamHoursDialog } from './TeamHoursDialog';
export { useTeamHoursDialog } from './useTeamHoursDialog';
