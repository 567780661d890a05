export { clientsKeys, useClientSearch, useRecentVisits } from './api';
export { newClientFromTyped, visitsText } from './format';
export { ClientSearchField } from './ClientSearchField';
export { ClientAlerts } from './ClientAlerts';
export {
  ClientCardProvider,
  useBookFromClientCard,
  useClientCard,
  type BookingClient,
} from './ClientCardProvider';
