export { clientsKeys, useClientSearch, useRecentVisits } from './api';
export { newClientFromTyped, visitsText } from './format';
export { ClientSearchField } from './ClientSearchField';
