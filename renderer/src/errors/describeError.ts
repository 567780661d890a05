import { DateTime } from 'luxon';
import type { BookingProblem } from '../../../shared/domain/booking';
import type { AppErrorShape } from '../../../shared/errors';
import { i18n, params } from '../i18n';
import { describeAspects } from './appointmentAspects';
import { wordIssue } from './issues';

const messages = i18n('errors/describeError', {
  busy: 'This time is taken, or the team member is not working then.',
  noTeamMember: 'No team member is available at this time.',
  overlap: 'The chosen appointments overlap each other.',
  serviceUnavailable: 'A chosen service can no longer be booked online.',
  past: 'That time has already passed. Choose a later one.',
  onlineBookingOff:
    'Online booking is switched off for this location in Altegio, so its free times cannot be looked up.',
  blacklisted: 'This phone number is blocked from online booking at this location.',
  invalidPhone: 'The phone number is not valid for online booking.',
  wrongCode: 'The confirmation code is wrong.',
  nameMissing: 'The client’s name is required.',
  signIn: 'Please sign in first.',
  sessionEnded: 'Altegio ended the session. Please sign in again.',
  notYourLocation: 'That location is not one of yours.',
  noLocations: 'This account does not manage any location in Altegio.',
  sender: 'This request did not come from the Frontdesk window.',
  bookingRefused: 'Altegio refused the booking.',
  bookingSignIn: 'Altegio did not accept the client’s online-booking sign-in. They need to sign in again.',
  refused: 'Altegio refused: this account may not do that.',
  notFound: 'Not found: it may have been deleted at another desk.',
  tooLarge: 'The request is too large.',
  unreadable: 'The request could not be read.',
  credentials: 'Wrong login or password.',
  partnerToken: 'Altegio did not accept this partner token.',
  cannotBook: 'This time cannot be booked.',
  invalid: 'Some of the information was not valid.',
  slotBusy: 'The team member cannot be booked at this time: it is taken or outside working hours.',
  thisClient: 'this client',
  thisAppointment: 'this appointment',
  appointmentAspects: params('this appointment’s {parts}'),
  conflictAt: params('Someone else changed {what} at {time}, after this desk loaded it. Nothing was saved.'),
  conflict: params('Someone else changed {what} after this desk loaded it. Nothing was saved.'),
  rateLimited: 'Altegio is receiving too many requests. Please wait a moment.',
  unreachable: params(
    '{host} cannot be reached: nothing was sent to it, so nothing changed there. Try again once it is back.',
  ),
  connectionUnsure:
    'The connection failed, and Frontdesk could not check whether Altegio carried out the change (it may have). Check it before trying again.',
  noConnection: params('Could not reach {host}. Check the internet connection and try again.'),
  timeoutUnsure:
    'Altegio did not answer, and Frontdesk could not check whether it carried out the change (it may have). Check it before trying again.',
  timeout: params('{host} did not answer in time. Please try again.'),
  serverUnsure: params(
    '{host} failed while carrying out the change, and it may have been saved. Check it before trying again.',
  ),
  redirect: params('{host} sent the request to another address; Frontdesk did not follow it.'),
  malformed: params('{host} sent an answer Frontdesk could not read. Please try again.'),
  notPdf: params('{host} sent a receipt that is not a PDF document, so Frontdesk did not save or open it.'),
  serverStatus: params('{host} had a problem (HTTP {status}). Please try again in a moment.'),
  server: params('{host} had a problem answering. Please try again in a moment.'),
  unknownChannel: params('Frontdesk has no request named "{channel}".'),
  fileWrite: 'The file could not be written there. Choose another folder and try again.',
  fileWriteSaid: params(
    'The file could not be written there (the system said: “{message}”). Choose another folder and try again.',
  ),
  fileOpen: 'This computer could not show the PDF. Save it instead and open it from its folder.',
  fileOpenSaid: params(
    'This computer could not show the PDF (the system said: “{message}”). Save it instead and open it from its folder.',
  ),
  output: 'Frontdesk received data it did not expect. Please try again.',
  internal: 'Something went wrong in Frontdesk. Please try again.',
});
/** Online booking's verdicts (book_check, book_record), in words, in the language shown when read. */
export const bookingProblemWords: Record<BookingProblem, string> = {
  get busy() {
    return messages.get().busy;
  },
  get 'no-team-member'() {
    return messages.get().noTeamMember;
  },
  get overlap() {
    return messages.get().overlap;
  },
  get 'service-unavailable'() {
    return messages.get().serviceUnavailable;
  },
  get past() {
    return messages.get().past;
  },
  get 'online-booking-off'() {
    return messages.get().onlineBookingOff;
  },
  get blacklisted() {
    return messages.get().blacklisted;
  },
  get 'invalid-phone'() {
    return messages.get().invalidPhone;
  },
  get 'wrong-code'() {
    return messages.get().wrongCode;
  },
  get 'name-missing'() {
    return messages.get().nameMissing;
  },
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

/** What Altegio itself said, when it said something useful. */
function altegioSays(error: AppErrorShape): string | null {
  return text(error.detail?.message);
}

/**
 * The renderer's words for an error that crossed the bridge: main sends a code and the facts (params),
 * plus Altegio's own message and field errors (detail); this is the only place they become sentences.
 */
export function describeError(error: AppErrorShape): string {
  const t = messages.get();
  const params = error.params ?? {};
  const host = text(params['host']) ?? 'Altegio';
  switch (error.code) {
    case 'AUTH_REQUIRED':
      return params['reason'] === 'signedOut' ? t.signIn : t.sessionEnded;
    case 'FORBIDDEN':
      if (params['reason'] === 'location') return t.notYourLocation;
      if (params['reason'] === 'noLocations') return t.noLocations;
      if (params['reason'] === 'sender') return t.sender;
      if (params['problem']) return bookingProblemText(params['problem']) ?? t.bookingRefused;
      if (params['reason'] === 'bookingUserToken') return t.bookingSignIn;
      return altegioSays(error) ?? t.refused;
    case 'NOT_FOUND':
      return altegioSays(error) ?? t.notFound;
    case 'VALIDATION':
      if (params['reason'] === 'tooLarge') return t.tooLarge;
      if (params['reason'] === 'unreadable') return t.unreadable;
      if (params['reason'] === 'credentials') return t.credentials;
      if (params['reason'] === 'partnerToken') return t.partnerToken;
      if (params['problem']) return bookingProblemText(params['problem']) ?? t.cannotBook;
      return altegioSays(error) ?? firstField(error) ?? t.invalid;
    case 'SLOT_BUSY':
      return altegioSays(error) ?? t.slotBusy;
    case 'CONFLICT': {
      const at = wallTime(params['changedAt']);
      const parts = describeAspects(text(params['changed'])?.split(',') ?? []);
      const what =
        params['subject'] === 'client'
          ? t.thisClient
          : parts
            ? t.appointmentAspects({ parts })
            : t.thisAppointment;
      return at ? t.conflictAt({ what, time: at }) : t.conflict({ what });
    }
    case 'RATE_LIMITED':
      return t.rateLimited;
    case 'NETWORK':
      if (params['unreachable']) return t.unreachable({ host });
      return params['saveUnknown'] ? t.connectionUnsure : t.noConnection({ host });
    case 'TIMEOUT':
      return params['saveUnknown'] ? t.timeoutUnsure : t.timeout({ host });
    case 'SERVER':
      if (params['saveUnknown']) return t.serverUnsure({ host });
      if (params['reason'] === 'redirect') return t.redirect({ host });
      if (params['reason'] === 'malformed') return t.malformed({ host });
      if (params['reason'] === 'notPdf') return t.notPdf({ host });
      return typeof params['status'] === 'number'
        ? t.serverStatus({ host, status: params['status'] })
        : t.server({ host });
    case 'UNKNOWN_CHANNEL':
      return t.unknownChannel({ channel: text(params['channel']) ?? '?' });
    case 'INTERNAL': {
      const said = text(error.detail?.message);
      if (params['reason'] === 'fileWrite') return said ? t.fileWriteSaid({ message: said }) : t.fileWrite;
      if (params['reason'] === 'fileOpen') return said ? t.fileOpenSaid({ message: said }) : t.fileOpen;
      return params['reason'] === 'output' ? t.output : t.internal;
    }
  }
}

/** The field problems of an error, worded, by field path (for forms to show under their inputs). */
export function fieldProblems(error: AppErrorShape): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.detail?.fields ?? {}).map(([field, problem]) => [field, wordIssue(problem)]),
  );
}
