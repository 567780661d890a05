import type { UnreadableResource } from '../../../shared/domain/unreadable';
import { i18n, plural } from '../i18n';

/** What the status bar calls the records of each list Altegio may send unreadable, and the line it says. */
const messages = i18n('errors/unreadable', {
  teamMembers: plural({ one: 'team member', other: 'team members' }),
  workingHours: plural({ one: 'day of working hours', other: 'days of working hours' }),
  services: plural({ one: 'service', other: 'services' }),
  serviceCategories: plural({ one: 'service category', other: 'service categories' }),
  clients: plural({ one: 'client', other: 'clients' }),
  clientNotes: plural({ one: 'note on the client card', other: 'notes on the client card' }),
  labels: plural({ one: 'label', other: 'labels' }),
  customFields: plural({ one: 'custom field', other: 'custom fields' }),
  locations: plural({ one: 'location', other: 'locations' }),
  reviews: plural({ one: 'review', other: 'reviews' }),
  groupEvents: plural({ one: 'group event', other: 'group events' }),
  enrolments: plural({ one: 'enrolment', other: 'enrolments' }),
  scheduleEvents: plural({ one: 'schedule event', other: 'schedule events' }),
  onlineTeamMembers: plural({
    one: 'team member for online booking',
    other: 'team members for online booking',
  }),
  bookableTimes: plural({ one: 'free time', other: 'free times' }),
  reportAppointments: plural({ one: 'appointment in the report', other: 'appointments in the report' }),
  line: plural({
    one: '{count} {what} from Altegio could not be shown',
    other: '{count} {what} from Altegio could not be shown',
  }),
} satisfies Record<UnreadableResource | 'line', unknown>);

/** "2 team members from Altegio could not be shown". */
export function unreadableWords(resource: UnreadableResource, count: number): string {
  const t = messages.get();
  const what = t[resource](count);
  return t.line(count).replace('{what}', () => what);
}
