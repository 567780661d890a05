import type { UnreadableResource } from '../../../shared/domain/unreadable';

/**
 * The words for the `issue.*` keys the shared schemas report (main's checks and the forms' share them).
 * Anything else is Altegio's own text, shown as it came.
 */
const ISSUES: Record<string, string> = {
  'issue.required': 'This is required.',
  'issue.unknownKey': 'Frontdesk does not know this setting.',
  'issue.location': 'Choose a location.',
  'issue.date': 'Not a valid date.',
  'issue.dateTime': 'Choose a real date and time (years 1900–2199).',
  'issue.range.backwards': 'The range ends before it starts.',
  'issue.range.tooLong': 'Choose at most 62 days.',
  'issue.cursor': 'The log was last brought up to date too long ago; it reloads.',
  'issue.inbox.ahead': 'Altegio’s time is far ahead of this computer’s: check the computer’s date and time.',
  'issue.invalid': 'Not valid.',
  'issue.search.empty': 'Type a name or a phone number.',
  'issue.search.tooLong': 'At most 100 characters.',
  'issue.partnerToken.required': 'Enter the partner token.',
  'issue.partnerToken.tooLong': 'The partner token is too long.',
  'issue.partnerToken.rejected': 'Altegio did not accept this partner token.',
  'issue.login.required': 'Enter the login (e-mail or phone).',
  'issue.login.tooLong': 'The login is too long.',
  'issue.password.required': 'Enter the password.',
  'issue.password.tooLong': 'The password is too long.',
  'issue.password.rejected': 'Wrong login or password.',
  'issue.customUrl.required': 'Enter the server address.',
  'issue.customUrl.tooLong': 'The address is too long.',
  'issue.customUrl.notAddress': 'Enter a full address, such as https://api.example.com/api/v1.',
  'issue.customUrl.credentials': 'The address must not contain a user name or password.',
  'issue.customUrl.insecure': 'Use an https:// address (plain http is allowed only for this computer).',
  'issue.duration.wholeMinutes': 'Enter the length in whole minutes.',
  'issue.duration.tooShort': 'At least 5 minutes.',
  'issue.duration.tooLong': 'At most 12 hours.',
  'issue.break.step': 'A technical break is 0 to 60 minutes, in steps of 5.',
  'issue.reminder': 'Whole hours from 0 to 720 (0 = none).',
  'issue.price': 'A price is between 0 and 1,000,000.',
  'issue.discount': 'A discount is 0–100%.',
  'issue.services.tooMany': 'At most 20 services on one appointment.',
  'issue.comment.tooLong': 'At most 2,000 characters.',
  'issue.clientComment.empty': 'Write the note first.',
  'issue.client.name': 'Enter the client’s name.',
  'issue.client.nameTooLong': 'At most 100 characters.',
  'issue.client.phone': 'Enter a phone number with 9 to 15 digits.',
  'issue.client.email': 'Not a valid e-mail address.',
  'issue.customField.text': 'At most 255 characters.',
  'issue.customField.number': 'Must be a number.',
  'issue.customField.choice': 'Not one of this field’s values.',
  'issue.customField.code': 'Latin letters, digits and underscores only, starting with a letter.',
  'issue.customField.codeTooLong': 'At most 64 characters.',
  'issue.customField.title': 'Enter a title.',
  'issue.customField.titleTooLong': 'At most 100 characters.',
  'issue.customField.value': 'Each value has 1 to 255 characters.',
  'issue.customField.tooManyValues': 'At most 50 values.',
  'issue.customField.duplicateValue': 'Each value once only.',
  'issue.customField.noValues': 'A list needs at least one value, one per line.',
  'issue.dayHours': 'The day must end after it starts.',
  'issue.teamHours.time': 'Enter a time such as 09:30 (00:00–23:59, or 24:00 to end at midnight).',
  'issue.teamHours.notOnTeam': 'This team member is not on this location’s team.',
  'issue.teamHours.endBeforeStart': 'The hours must end after they start.',
  'issue.teamHours.overlap': 'These hours overlap the ones above.',
  'issue.teamHours.tooMany': 'At most 8 blocks of hours in a day.',
  'issue.staffOut.tooManyDays': 'Choose at most 14 days.',
  'issue.staffOut.twice': 'Each appointment may be changed only once.',
  'issue.runningLate.delay': 'Enter whole minutes from 5 to 240.',
  'issue.runningLate.time': 'Enter a time such as 14:30.',
  'issue.runningLate.timeSkipped':
    'The clocks skip this time on this day (summer time begins): enter a time after the change.',
  'issue.runningLate.timeTwice':
    'The clocks show this time twice on this day (summer time ends): enter a time outside that hour.',
  'issue.runningLate.member': 'Choose the team member who is running late.',
  'issue.runningLate.groupEvent':
    'A group event of this team member is in the way (group events are not pushed).',
  'issue.runningLate.heldInPreview':
    'Stays: an appointment after it does not move, and this one would overlap it.',
  'issue.runningLate.laterStays':
    'Not moved: an appointment after it could not move, and this one would overlap it.',
  'issue.runningLate.laterUnsure':
    'Not moved: it is not known whether an appointment after it moved, and this one would overlap it either way.',
  'issue.runningLate.newSincePreview':
    'Not moved: booked or moved here since the preview, so it was not shown.',
  'issue.runningLate.newTime':
    'Not moved: the day changed since the preview, so its new time would not be the one shown. Check again.',
  'issue.visitMove.offset': 'Move the visit by up to 14 days, earlier or later.',
  'issue.visitMove.time': 'Enter a time such as 11:30.',
  'issue.visitMove.seat': 'A seat of a group event moves with its event, not with a visit.',
  'issue.visitMove.allStay': 'Every appointment of this visit has begun or was marked: nothing can move.',
  'issue.visitMove.stays.began': 'Stays: it has already begun.',
  'issue.visitMove.stays.arrived': 'Stays: the client was marked arrived.',
  'issue.visitMove.stays.no-show': 'Stays: the client was marked a no-show.',
  'issue.visitMove.sameColumn': 'A whole visit moves in time only; drop it in the same column.',
  'issue.customFields.tooMany': 'Too many custom fields.',
  'issue.externalId.tooLong': 'At most 64 characters.',
  'issue.colour': 'Pick a colour such as #4caf50.',
  'issue.label.title': 'Enter a title.',
  'issue.label.titleTooLong': 'At most 50 characters.',
  'issue.label.icon': 'Choose one of the icons offered.',
  'issue.schedule.time': 'Enter a time such as 16:30.',
  'issue.schedule.capacity': 'Places are a whole number from 1 to 500.',
  'issue.schedule.noSeries': 'A schedule needs at least one weekday.',
  'issue.schedule.tooManySeries': 'At most 7 weekdays: one series per day of the week.',
  'issue.schedule.sameWeekday': 'Each weekday once only.',
  'issue.schedule.endDate': 'The schedule must end on or after its first class, within a year.',
  'issue.schedule.firstDate': 'The first class must fall on the weekday of one of the series.',
  'issue.enrolment.noSeries': 'Tick at least one series.',
  'issue.range.overAYear': 'Choose at most a year.',
  'issue.month': 'Choose a month such as 2027-01.',
  'issue.comment.rating': 'Choose a rating from 1 to 5 stars.',
  'issue.comment.text': 'Write what the client said.',
  'issue.comment.textTooLong': 'At most 1,000 characters.',
  'issue.comment.name': 'Enter the name of the reviewer.',
  'issue.comment.nameTooLong': 'At most 100 characters.',
};

/** Words for a field problem: a shared issue key, or Altegio's own message as it came. */
export function wordIssue(text: string): string {
  if (text.startsWith('issue.')) return ISSUES[text] ?? 'Not valid.';
  return text;
}

/** What the status bar calls the records of each list Altegio may send unreadable: [one, many]. */
const UNREADABLE_NAMES: Record<UnreadableResource, [string, string]> = {
  teamMembers: ['team member', 'team members'],
  workingHours: ['day of working hours', 'days of working hours'],
  services: ['service', 'services'],
  serviceCategories: ['service category', 'service categories'],
  clients: ['client', 'clients'],
  clientNotes: ['note on the client card', 'notes on the client card'],
  labels: ['label', 'labels'],
  customFields: ['custom field', 'custom fields'],
  locations: ['location', 'locations'],
  reviews: ['review', 'reviews'],
  groupEvents: ['group event', 'group events'],
  enrolments: ['enrolment', 'enrolments'],
  scheduleEvents: ['schedule event', 'schedule events'],
  onlineTeamMembers: ['team member for online booking', 'team members for online booking'],
  bookableTimes: ['free time', 'free times'],
  reportAppointments: ['appointment in the report', 'appointments in the report'],
};

/** "2 team members from Altegio could not be shown". */
export function unreadableWords(resource: UnreadableResource, count: number): string {
  const [one, many] = UNREADABLE_NAMES[resource];
  return `${count} ${count === 1 ? one : many} from Altegio could not be shown`;
}
