import type { UnreadableResource } from '../../../shared/domain/unreadable';
import { i18n, plural } from '../i18n';

/** "2 team members from Altegio could not be shown", for each list Altegio may send unreadable. */
const messages = i18n('errors/unreadable', {
  teamMembers: plural({
    one: '{count} team member from Altegio could not be shown',
    other: '{count} team members from Altegio could not be shown',
  }),
  workingHours: plural({
    one: '{count} day of working hours from Altegio could not be shown',
    other: '{count} days of working hours from Altegio could not be shown',
  }),
  services: plural({
    one: '{count} service from Altegio could not be shown',
    other: '{count} services from Altegio could not be shown',
  }),
  serviceCategories: plural({
    one: '{count} service category from Altegio could not be shown',
    other: '{count} service categories from Altegio could not be shown',
  }),
  clients: plural({
    one: '{count} client from Altegio could not be shown',
    other: '{count} clients from Altegio could not be shown',
  }),
  clientNotes: plural({
    one: '{count} note on the client card from Altegio could not be shown',
    other: '{count} notes on the client card from Altegio could not be shown',
  }),
  labels: plural({
    one: '{count} label from Altegio could not be shown',
    other: '{count} labels from Altegio could not be shown',
  }),
  customFields: plural({
    one: '{count} custom field from Altegio could not be shown',
    other: '{count} custom fields from Altegio could not be shown',
  }),
  locations: plural({
    one: '{count} location from Altegio could not be shown',
    other: '{count} locations from Altegio could not be shown',
  }),
  reviews: plural({
    one: '{count} review from Altegio could not be shown',
    other: '{count} reviews from Altegio could not be shown',
  }),
  groupEvents: plural({
    one: '{count} group event from Altegio could not be shown',
    other: '{count} group events from Altegio could not be shown',
  }),
  enrolments: plural({
    one: '{count} enrolment from Altegio could not be shown',
    other: '{count} enrolments from Altegio could not be shown',
  }),
  scheduleEvents: plural({
    one: '{count} schedule event from Altegio could not be shown',
    other: '{count} schedule events from Altegio could not be shown',
  }),
  onlineTeamMembers: plural({
    one: '{count} team member for online booking from Altegio could not be shown',
    other: '{count} team members for online booking from Altegio could not be shown',
  }),
  bookableTimes: plural({
    one: '{count} free time from Altegio could not be shown',
    other: '{count} free times from Altegio could not be shown',
  }),
  reportAppointments: plural({
    one: '{count} appointment in the report from Altegio could not be shown',
    other: '{count} appointments in the report from Altegio could not be shown',
  }),
} satisfies Record<UnreadableResource, unknown>);

/** "2 team members from Altegio could not be shown". */
export function unreadableWords(resource: UnreadableResource, count: number): string {
  return messages.get()[resource](count);
}
