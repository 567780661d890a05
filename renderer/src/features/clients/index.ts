export { clientsKeys, refreshClientCard, useClientDetails, useClientSearch } from './api';
export { ClientHistoryList } from './ClientHistoryList';
export { fullName, newClientFromTyped, visitsText } from './format';
export { ClientSearchField } from './ClientSearchField';
export { ClientAlerts } from './ClientAlerts';
export {
  ClientCardProvider,
  useBookFromClientCard,
  useClientCard,
  type BookingClient,
} from './ClientCardProvider';
