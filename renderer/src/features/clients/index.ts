export { clientsKeys, useClientSearch, useRecentVisits } from './api';
