import { DateTime } from 'luxon';
import type { BookingProblem } from '../../../shared/domain/booking';
import type { AppErrorShape } from '../../../shared/errors';
import { describeAspects } from './appointmentAspects';
import { wordIssue } from './issues';

/** Online booking's verdicts (book_check, book_record), in words. */
export const bookingProblemWords: Record<BookingProblem, string> = {
  busy: 'This time is taken, or the team member is not working then.',
  'no-team-member': 'No team member is available at this time.',
  overlap: 'The chosen appointments overlap each other.',
  'service-unavailable': 'A chosen service can no longer be booked online.',
  past: 'That time has already passed. Choose a later one.',
  'online-booking-off':
    'Online booking is switched off for this location in Altegio, so its free times cannot be looked up.',
  blacklisted: 'This phone number is blocked from online booking at this location.',
  'invalid-phone': 'The phone number is not valid for online booking.',
  'wrong-code': 'The confirmation code is wrong.',
  'name-missing': 'The client’s name is required.',
};

function bookingProblemText(problem: unknown): string | null {
  return typeof problem === 'string' && problem in bookingProblemWords
    ? bookingProblemWords[problem as BookingProblem]
    : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** "14:05" of an ISO time, on the clock of the offset it carries (the location's). */
function wallTime(iso: unknown): string | null {
  const value = text(iso);
  if (!value) return null;
  const time = DateTime.fromISO(value, { setZone: true });
  return time.isValid ? time.toFormat('HH:mm') : null;
}

function firstField(error: AppErrorShape): string | null {
  const [first] = Object.values(error.detail?.fields ?? {});
  return first ? wordIssue(first) : null;
}

/** " (the system said: …)" when a file effect failed with a reason. */
function said(error: AppErrorShape): string {
  const message = text(error.detail?.message);
  return message ? ` (the system said: “${message}”)` : '';
}

/** What Altegio itself said, when it said something useful. */
function altegioSays(error: AppErrorShape): string | null {
  return text(error.detail?.message);
}

/**
 * The renderer's words for an error that crossed the bridge: main sends a code and the facts (params),
 * plus Altegio's own message and field errors (detail); this is the only place they become sentences.
 */
export function describeError(error: AppErrorShape): string {
  const params = error.params ?? {};
  const host = text(params['host']) ?? 'Altegio';
  switch (error.code) {
    case 'AUTH_REQUIRED':
      return params['reason'] === 'signedOut'
        ? 'Please sign in first.'
        : 'Altegio ended the session. Please sign in again.';
    case 'FORBIDDEN':
      if (params['reason'] === 'location') return 'That location is not one of yours.';
      if (params['reason'] === 'noLocations') return 'This account does not manage any location in Altegio.';
      if (params['reason'] === 'sender') return 'This request did not come from the Frontdesk window.';
      if (params['problem']) return bookingProblemText(params['problem']) ?? 'Altegio refused the booking.';
      if (params['reason'] === 'bookingUserToken')
        return 'Altegio did not accept the client’s online-booking sign-in. They need to sign in again.';
      return altegioSays(error) ?? 'Altegio refused: this account may not do that.';
    case 'NOT_FOUND':
      return altegioSays(error) ?? 'Not found: it may have been deleted at another desk.';
    case 'VALIDATION':
      if (params['reason'] === 'tooLarge') return 'The request is too large.';
      if (params['reason'] === 'unreadable') return 'The request could not be read.';
      if (params['reason'] === 'credentials') return 'Wrong login or password.';
      if (params['reason'] === 'partnerToken') return 'Altegio did not accept this partner token.';
      if (params['problem']) return bookingProblemText(params['problem']) ?? 'This time cannot be booked.';
      return altegioSays(error) ?? firstField(error) ?? 'Some of the information was not valid.';
    case 'SLOT_BUSY':
      return (
        altegioSays(error) ??
        'The team member cannot be booked at this time: it is taken or outside working hours.'
      );
    case 'CONFLICT': {
      const at = wallTime(params['changedAt']);
      const parts = describeAspects(text(params['changed'])?.split(',') ?? []);
      const what =
        params['subject'] === 'client' ? 'this client' : `this appointment${parts ? `’s ${parts}` : ''}`;
      return at
        ? `Someone else changed ${what} at ${at}, after this desk loaded it. Nothing was saved.`
        : `Someone else changed ${what} after this desk loaded it. Nothing was saved.`;
    }
    case 'RATE_LIMITED':
      return 'Altegio is receiving too many requests. Please wait a moment.';
    case 'NETWORK':
      if (params['unreachable'])
        return `${host} cannot be reached: nothing was sent to it, so nothing changed there. Try again once it is back.`;
      return params['saveUnknown']
        ? 'The connection failed, and Frontdesk could not check whether Altegio carried out the change (it may have). Check it before trying again.'
        : `Could not reach ${host}. Check the internet connection and try again.`;
    case 'TIMEOUT':
      return params['saveUnknown']
        ? 'Altegio did not answer, and Frontdesk could not check whether it carried out the change (it may have). Check it before trying again.'
        : `${host} did not answer in time. Please try again.`;
    case 'SERVER':
      if (params['saveUnknown'])
        return `${host} failed while carrying out the change, and it may have been saved. Check it before trying again.`;
      if (params['reason'] === 'redirect')
        return `${host} sent the request to another address; Frontdesk did not follow it.`;
      if (params['reason'] === 'malformed')
        return `${host} sent an answer Frontdesk could not read. Please try again.`;
      if (params['reason'] === 'notPdf')
        return `${host} sent a receipt that is not a PDF document, so Frontdesk did not save or open it.`;
      return typeof params['status'] === 'number'
        ? `${host} had a problem (HTTP ${params['status']}). Please try again in a moment.`
        : `${host} had a problem answering. Please try again in a moment.`;
    case 'UNKNOWN_CHANNEL':
      return `Frontdesk has no request named "${text(params['channel']) ?? '?'}".`;
    case 'INTERNAL':
      if (params['reason'] === 'fileWrite')
        return `The file could not be written there${said(error)}. Choose another folder and try again.`;
      if (params['reason'] === 'fileOpen')
        return `This computer could not show the PDF${said(error)}. Save it instead and open it from its folder.`;
      return params['reason'] === 'output'
        ? 'Frontdesk received data it did not expect. Please try again.'
        : 'Something went wrong in Frontdesk. Please try again.';
  }
}

/** The field problems of an error, worded, by field path (for forms to show under their inputs). */
export function fieldProblems(error: AppErrorShape): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.detail?.fields ?? {}).map(([field, problem]) => [field, wordIssue(problem)]),
  );
}
