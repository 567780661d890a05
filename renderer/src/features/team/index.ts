export { fetchWorkingHours, teamKeys, useTeam } from './api';
