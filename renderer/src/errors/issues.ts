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
  'issue.client.name': 'Enter the client’s name.',
  'issue.client.nameTooLong': 'At most 100 characters.',
  'issue.client.phone': 'Enter a phone number with 9 to 15 digits.',
  'issue.client.email': 'Not a valid e-mail address.',
  'issue.customField.text': 'At most 255 characters.',
  'issue.customFields.tooMany': 'Too many custom fields.',
  'issue.externalId.tooLong': 'At most 64 characters.',
  'issue.colour': 'Pick a colour such as #4caf50.',
};

/** Words for a field problem: a shared issue key, or Altegio's own message as it came. */
export function wordIssue(text: string): string {
  if (text.startsWith('issue.')) return ISSUES[text] ?? 'Not valid.';
  return text;
}
