export { BookingInboxButton } from './BookingInboxButton';
