import type { Context } from 'hono';
import { addBookingAccount } from '../domain/bookingAccounts';
import { bookingError } from '../domain/booking';
import { isValidPhone, phoneDigits } from '../domain/clients';
import { deleteRecord } from '../domain/records';
import { parseId, requireBookingAccount } from '../http/auth';
import { signIn } from '../http/credentials';
import { noContent, ok } from '../http/envelope';
import { ApiError, invalid, notFound } from '../http/errors';
import { query, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { AppointmentRecord } from '../store/types';
import { bookingAccountToWire, reviewFormToWire, userRecordToWire } from '../wire/bookingUsers';
import { bookingLocation, DEMO_SMS_CODE } from './booking';

/**
 * The SMS-code sign-in: the phone's account, made on first sign-in (*inferred*), so that the token opens
 * every record of that phone, booked online or at the desk.
 */
function accountByCode(state: EmulatorState, partnerToken: string, phone: unknown, code: unknown) {
  const digits = phoneDigits(phone);
  if (!isValidPhone(digits)) bookingError(431, 'Invalid phone number');
  if (String(code ?? '') !== DEMO_SMS_CODE) bookingError(432, 'Invalid confirmation code');
  return (
    [...state.store.bookingAccounts.values()].find((a) => a.phone === digits) ??
    addBookingAccount(state.store, partnerToken, {
      login: `+${digits}`,
      email: '',
      phone: digits,
      password: '',
      name: '',
    })
  );
}

function clientPhoneOf(state: EmulatorState, record: AppointmentRecord): string {
  return (record.clientId === null ? undefined : state.store.clients.get(record.clientId))?.phone ?? '';
}

export function registerBookingUserRoutes(app: ApiApp, state: EmulatorState): void {
  app.post('/user/auth', async (c) => {
    const body = await readBody(c);
    const bySms = body.code !== undefined || (body.phone !== undefined && body.password === undefined);
    const account = bySms
      ? accountByCode(state, c.get('auth').partnerToken, body.phone, body.code)
      : await signIn(c, state.store.bookingAccounts.values());
    return ok(c, { user_token: account.userToken }, 201);
  });

  app.post('/booking/auth', async (c) => {
    return ok(c, bookingAccountToWire(await signIn(c, state.store.bookingAccounts.values())), 201);
  });

  app.get('/booking/user/phone_confirmation', (c) => {
    requireBookingAccount(c);
    const companyId = query(c, 'company_id', 'location_id', 'salon_id');
    const groupId = query(c, 'group_id', 'chain_id', 'company_group_id', 'salon_group_id');
    if ((companyId === undefined) === (groupId === undefined)) {
      throw invalid({ company_id: ['Send exactly one of company_id and group_id.'] });
    }
    if (companyId !== undefined) bookingLocation(state, companyId);
    else if (parseId(groupId) === null) throw invalid({ group_id: ['The group id must be a number.'] });
    if (!isValidPhone(phoneDigits(query(c, 'phone')))) bookingError(431, 'Invalid phone number');
    return ok(c, null, 202, { message: 'Accepted' });
  });

  /**
   * The record of `/user/records/{id}/{hash}`: the hash alone opens it; a booking user's token opens their
   * own phone's records by id. Anything else is a 404, which does not tell whether the record exists.
   */
  const userRecord = (c: Context<AppEnv>) => {
    const record = state.store.records.get(parseId(c.req.param('recordId')) ?? -1);
    const account = c.get('auth').bookingAccount;
    const owned =
      record !== undefined &&
      account !== null &&
      account.phone !== '' &&
      clientPhoneOf(state, record) === account.phone;
    if (!record || (!owned && record.hash !== c.req.param('hash'))) throw notFound();
    return { record, location: bookingLocation(state, String(record.locationId)) };
  };

  app.get('/user/records/:recordId/:hash', (c) => {
    const { record, location } = userRecord(c);
    return ok(c, userRecordToWire(state.store, record, location, state.options.freezeStandardOffset));
  });

  app.delete('/user/records/:recordId/:hash', (c) => {
    const { record } = userRecord(c);
    if (record.deleted) throw new ApiError(422, 'This appointment has already been cancelled');
    if (record.startMs <= state.clock.nowMs())
      throw new ApiError(422, 'An appointment that has started or passed cannot be cancelled');
    deleteRecord(state.store, record);
    return noContent(c);
  });

  app.get('/master_record_review/:token', (c) => {
    const token = c.req.param('token');
    const record = [...state.store.records.values()].find((r) => r.reviewToken === token);
    const location = record && state.store.locations.get(record.locationId);
    if (!record || !location) throw notFound();
    return ok(c, reviewFormToWire(state.store, record, location, state.options.freezeStandardOffset));
  });
}
