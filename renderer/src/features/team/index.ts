export { fetchWorkingHours, teamKeys, useTeam, WORKING_HOURS_STALE_MS } from './api';
