export { clientsKeys, useClientSearch, useRecentVisits } from './api';
export { visitsText } from './format';
