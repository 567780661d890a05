import { i18n } from '../i18n';

export { unreadableWords } from './unreadable';

/**
 * The words for the `issue.*` keys the shared schemas report (main's checks and the forms' share them),
 * by the key without `issue.` in camel case ('issue.range.tooLong' → rangeTooLong). Anything else is
 * Altegio's own text, shown as it came.
 */
const messages = i18n('errors/issues', {
  required: 'This is required.',
  unknownKey: 'Frontdesk does not know this setting.',
  location: 'Choose a location.',
  date: 'Not a valid date.',
  dateTime: 'Choose a real date and time (years 1900–2199).',
  rangeBackwards: 'The range ends before it starts.',
  rangeTooLong: 'Choose at most 62 days.',
  cursor: 'The log was last brought up to date too long ago; it reloads.',
  inboxAhead: 'Altegio’s time is far ahead of this computer’s: check the computer’s date and time.',
  invalid: 'Not valid.',
  searchEmpty: 'Type a name or a phone number.',
  searchTooLong: 'At most 100 characters.',
  partnerTokenRequired: 'Enter the partner token.',
  partnerTokenTooLong: 'The partner token is too long.',
  partnerTokenRejected: 'Altegio did not accept this partner token.',
  loginRequired: 'Enter the login (e-mail or phone).',
  loginTooLong: 'The login is too long.',
  passwordRequired: 'Enter the password.',
  passwordTooLong: 'The password is too long.',
  passwordRejected: 'Wrong login or password.',
  customUrlRequired: 'Enter the server address.',
  customUrlTooLong: 'The address is too long.',
  customUrlNotAddress: 'Enter a full address, such as https://api.example.com/api/v1.',
  customUrlCredentials: 'The address must not contain a user name or password.',
  customUrlInsecure: 'Use an https:// address (plain http is allowed only for this computer).',
  durationWholeMinutes: 'Enter the length in whole minutes.',
  durationTooShort: 'At least 5 minutes.',
  durationTooLong: 'At most 12 hours.',
  breakStep: 'A technical break is 0 to 60 minutes, in steps of 5.',
  reminder: 'Whole hours from 0 to 720 (0 = none).',
  price: 'A price is between 0 and 1,000,000.',
  discount: 'A discount is 0–100%.',
  servicesTooMany: 'At most 20 services on one appointment.',
  commentTooLong: 'At most 2,000 characters.',
  clientCommentEmpty: 'Write the note first.',
  clientName: 'Enter the client’s name.',
  clientNameTooLong: 'At most 100 characters.',
  clientPhone: 'Enter a phone number with 9 to 15 digits.',
  clientEmail: 'Not a valid e-mail address.',
  customFieldText: 'At most 255 characters.',
  customFieldNumber: 'Must be a number.',
  customFieldChoice: 'Not one of this field’s values.',
  customFieldCode: 'Latin letters, digits and underscores only, starting with a letter.',
  customFieldCodeTooLong: 'At most 64 characters.',
  customFieldTitle: 'Enter a title.',
  customFieldTitleTooLong: 'At most 100 characters.',
  customFieldValue: 'Each value has 1 to 255 characters.',
  customFieldTooManyValues: 'At most 50 values.',
  customFieldDuplicateValue: 'Each value once only.',
  customFieldNoValues: 'A list needs at least one value, one per line.',
  dayHours: 'The day must end after it starts.',
  teamHoursTime: 'Enter a time such as 09:30 (00:00–23:59, or 24:00 to end at midnight).',
  teamHoursNotOnTeam: 'This team member is not on this location’s team.',
  teamHoursEndBeforeStart: 'The hours must end after they start.',
  teamHoursOverlap: 'These hours overlap the ones above.',
  teamHoursTooMany: 'At most 8 blocks of hours in a day.',
  staffOutTooManyDays: 'Choose at most 14 days.',
  staffOutTwice: 'Each appointment may be changed only once.',
  runningLateDelay: 'Enter whole minutes from 5 to 240.',
  runningLateTime: 'Enter a time such as 14:30.',
  runningLateTimeSkipped:
    'The clocks skip this time on this day (summer time begins): enter a time after the change.',
  runningLateTimeTwice:
    'The clocks show this time twice on this day (summer time ends): enter a time outside that hour.',
  runningLateMember: 'Choose the team member who is running late.',
  runningLateGroupEvent: 'A group event of this team member is in the way (group events are not pushed).',
  runningLateHeldInPreview: 'Stays: an appointment after it does not move, and this one would overlap it.',
  runningLateLaterStays: 'Not moved: an appointment after it could not move, and this one would overlap it.',
  runningLateLaterUnsure:
    'Not moved: it is not known whether an appointment after it moved, and this one would overlap it either way.',
  runningLateNewSincePreview: 'Not moved: booked or moved here since the preview, so it was not shown.',
  runningLateNewTime:
    'Not moved: the day changed since the preview, so its new time would not be the one shown. Check again.',
  visitMoveOffset: 'Move the visit by up to 14 days, earlier or later.',
  visitMoveTime: 'Enter a time such as 11:30.',
  visitMoveSeat: 'A seat of a group event moves with its event, not with a visit.',
  visitMoveAllStay: 'Every appointment of this visit has begun or was marked: nothing can move.',
  visitMoveStaysBegan: 'Stays: it has already begun.',
  visitMoveStaysArrived: 'Stays: the client was marked arrived.',
  visitMoveStaysNoShow: 'Stays: the client was marked a no-show.',
  visitMoveSameColumn: 'A whole visit moves in time only; drop it in the same column.',
  customFieldsTooMany: 'Too many custom fields.',
  externalIdTooLong: 'At most 64 characters.',
  colour: 'Pick a colour such as #4caf50.',
  labelTitle: 'Enter a title.',
  labelTitleTooLong: 'At most 50 characters.',
  labelIcon: 'Choose one of the icons offered.',
  scheduleTime: 'Enter a time such as 16:30.',
  scheduleCapacity: 'Places are a whole number from 1 to 500.',
  scheduleNoSeries: 'A schedule needs at least one weekday.',
  scheduleTooManySeries: 'At most 7 weekdays: one series per day of the week.',
  scheduleSameWeekday: 'Each weekday once only.',
  scheduleEndDate: 'The schedule must end on or after its first class, within a year.',
  scheduleFirstDate: 'The first class must fall on the weekday of one of the series.',
  enrolmentNoSeries: 'Tick at least one series.',
  rangeOverAYear: 'Choose at most a year.',
  month: 'Choose a month such as 2027-01.',
  commentRating: 'Choose a rating from 1 to 5 stars.',
  commentText: 'Write what the client said.',
  commentTextTooLong: 'At most 1,000 characters.',
  commentName: 'Enter the name of the reviewer.',
  commentNameTooLong: 'At most 100 characters.',
});

/** 'issue.range.tooLong' → 'rangeTooLong'. */
function issueKey(text: string): string {
  return text
    .slice('issue.'.length)
    .replace(/[.-]([a-zA-Z])/g, (_whole, letter: string) => letter.toUpperCase());
}

/** Words for a field problem: a shared issue key, or Altegio's own message as it came. */
export function wordIssue(text: string): string {
  if (!text.startsWith('issue.')) return text;
  const words = messages.get();
  const byKey: Record<string, string> = words;
  const key = issueKey(text);
  return (Object.hasOwn(byKey, key) ? byKey[key] : undefined) ?? words.invalid;
}
