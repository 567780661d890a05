import {
  bookableMembers,
  bookingError,
  freeTimes,
  isIndividualService,
  isOnlineBookable,
  offersAll,
  planAppointments,
  resolveServices,
} from '../domain/booking';
import { workingSlots } from '../domain/availability';
import { createClient, findClientByPhone, isValidPhone, phoneDigits } from '../domain/clients';
import { parseCustomFieldValues } from '../domain/customFieldValues';
import { createRecord, serviceLine } from '../domain/records';
import { anyLocation, parseId } from '../http/auth';
import { ok } from '../http/envelope';
import { ApiError, FieldCollector, notFound } from '../http/errors';
import { asInt, isObject, query, queryInt, queryIntList, readBody } from '../http/params';
import { DEMO_ONLINE_BOOKING } from '../options';
import type { ApiApp, EmulatorState } from '../state';
import type { Location, Service, StaffMember } from '../store/types';
import { addDays, isDate, parseRequestDatetime, todayIn } from '../time';
import { categoryToWire } from '../wire/catalog';
import { recordToWire } from '../wire/records';
import { memberOf } from './staff';

export const DEMO_SMS_CODE: string = DEMO_ONLINE_BOOKING.smsCode;
const BOOKING_HORIZON_DAYS = 30;

function bookStaffWire(member: StaffMember, seanceDate: string | null, bookable: boolean) {
  return {
    id: member.id,
    name: member.name,
    specialization: member.specialization,
    position: [],
    bookable,
    weight: member.weight,
    show_rating: 1,
    rating: member.rating,
    votes_count: member.votesCount,
    comments_count: member.commentsCount,
    avatar: member.avatar,
    information: member.information,
    seance_date: seanceDate,
  };
}

/**
 * The location of a public booking route. With online booking switched off, Altegio's booking form
 * for it does not open; the emulator answers 403 with no error code (*inferred*).
 */
export function bookingLocation(state: EmulatorState, raw: string | undefined): Location {
  const location = anyLocation(state, raw);
  if (location.onlineBooking === false)
    throw new ApiError(403, 'Online booking is disabled for this location');
  return location;
}

export function registerBookingRoutes(app: ApiApp, state: EmulatorState): void {
  const today = (location: Location) => todayIn(location.timezone, state.clock.nowMs());
  const membersFor = (location: Location, staffId: number, services: Service[]) =>
    (staffId ? [memberOf(state, location.id, staffId)] : bookableMembers(state.store, location.id)).filter(
      (m) => isOnlineBookable(m) && offersAll(m, services),
    );
  const firstFreeDate = (location: Location, member: StaffMember, services: Service[], from: string) => {
    for (let i = 0; i < BOOKING_HORIZON_DAYS; i += 1) {
      const date = addDays(from, i);
      if (freeTimes(state.store, location, member, date, services, state.clock.nowMs()).length) return date;
    }
    return null;
  };

  app.get('/book_services/:loc', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const staffId = queryInt(c, 'staff_id');
    const member = staffId ? memberOf(state, location.id, staffId) : undefined;
    const services = [...state.store.services.values()].filter(
      (s) =>
        s.locationId === location.id &&
        s.active &&
        isIndividualService(s) &&
        (!member || offersAll(member, [s])),
    );
    const categoryIds = new Set(services.map((s) => s.categoryId));
    return ok(c, {
      categories: [...state.store.categories.values()]
        .filter((cat) => categoryIds.has(cat.id))
        .map((cat) => {
          const { id, title, weight, api_id } = categoryToWire(state.store, cat);
          return { id, title, gender: 0, weight, api_id };
        }),
      services: services.map((s) => ({
        id: s.id,
        title: s.title,
        category_id: s.categoryId,
        weight: s.weight,
        price_min: s.priceMin,
        price_max: s.priceMax,
        discount: 0,
        comment: s.comment,
        active: 1,
        prepaid: 'forbidden',
        gender: 0,
        image: '',
        ...(member
          ? { seance_length: s.staff.find((l) => l.staffId === member.id)?.seanceLength ?? s.duration }
          : {}),
      })),
    });
  });

  app.get('/book_staff/:loc', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const services = resolveServices(state.store, location, queryIntList(c, 'service_ids'), false);
    const at = parseRequestDatetime(query(c, 'datetime'), location.timezone);
    const from = today(location);
    const data = membersFor(location, 0, services).map((member) => {
      const seanceDate = firstFreeDate(location, member, services, from);
      const bookable =
        at === null
          ? seanceDate !== null
          : freeTimes(
              state.store,
              location,
              member,
              todayIn(location.timezone, at),
              services,
              state.clock.nowMs(),
            ).some((t) => parseRequestDatetime(t.datetime, location.timezone) === at);
      return bookStaffWire(member, seanceDate, bookable);
    });
    return ok(c, data);
  });

  app.get('/book_dates/:loc', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const services = resolveServices(state.store, location, queryIntList(c, 'service_ids'), false);
    const members = membersFor(location, queryInt(c, 'staff_id', 'team_member_id') ?? 0, services);
    const requested = query(c, 'date');
    const from = requested && isDate(requested) && requested > today(location) ? requested : today(location);
    const working: string[] = [];
    const booking: string[] = [];
    for (let i = 0; i < BOOKING_HORIZON_DAYS; i += 1) {
      const date = addDays(from, i);
      const times = members.map((m) =>
        freeTimes(state.store, location, m, date, services, state.clock.nowMs()),
      );
      if (members.some((m) => workingSlots(m, date).length)) working.push(date);
      if (times.some((t) => t.length)) booking.push(date);
    }
    const byMonth = (dates: string[]) => {
      const grouped: Record<string, string[]> = {};
      for (const date of dates)
        (grouped[String(Number(date.slice(5, 7)))] ??= []).push(String(Number(date.slice(8))));
      return grouped;
    };
    return ok(c, {
      working_days: byMonth(working),
      working_dates: working,
      booking_days: byMonth(booking),
      booking_dates: booking,
    });
  });

  app.get('/book_times/:loc/:staff/:date', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const date = c.req.param('date');
    if (!isDate(date)) throw notFound();
    const services = resolveServices(state.store, location, queryIntList(c, 'service_ids'), false);
    const members = membersFor(location, parseId(c.req.param('staff')) ?? 0, services);
    const byTime = new Map<string, ReturnType<typeof freeTimes>[number]>();
    for (const member of members) {
      for (const slot of freeTimes(state.store, location, member, date, services, state.clock.nowMs())) {
        if (!byTime.has(slot.time)) byTime.set(slot.time, slot);
      }
    }
    return ok(
      c,
      [...byTime.values()].sort((a, b) => a.datetime.localeCompare(b.datetime)),
    );
  });

  app.get('/book_staff_seances/:loc/:staff', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const member = memberOf(state, location.id, c.req.param('staff'));
    const services = resolveServices(state.store, location, queryIntList(c, 'service_ids'), false);
    const at = parseRequestDatetime(query(c, 'datetime'), location.timezone);
    const from =
      at === null ? today(location) : todayIn(location.timezone, Math.max(at, state.clock.nowMs()));
    const seanceDate = isOnlineBookable(member) ? firstFreeDate(location, member, services, from) : null;
    const seances = seanceDate
      ? freeTimes(state.store, location, member, seanceDate, services, state.clock.nowMs())
      : [];
    return ok(c, { seance_date: seanceDate, seances });
  });

  app.post('/book_code/:loc', async (c) => {
    bookingLocation(state, c.req.param('loc'));
    const body = await readBody(c);
    if (!isValidPhone(phoneDigits(body.phone))) bookingError(431, 'Invalid phone number');
    return ok(c, null, 201, { message: `Code sent (demo code ${DEMO_SMS_CODE})` });
  });

  app.post('/book_check/:loc', async (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    planAppointments(state.store, location, (await readBody(c)).appointments, state.clock.nowMs());
    return ok(c, null, 201, { message: 'Created' });
  });

  app.post('/book_record/:loc', async (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const body = await readBody(c);
    const phone = phoneDigits(body.phone);
    if (!isValidPhone(phone)) bookingError(431, 'Invalid phone number');
    if (location.phoneConfirmation && String(body.code ?? '') !== DEMO_SMS_CODE)
      bookingError(432, 'Invalid confirmation code');
    if (location.blacklistedPhones.includes(phone)) bookingError(434, 'This phone number is blacklisted');
    const fullname = typeof body.fullname === 'string' ? body.fullname.trim() : '';
    if (!fullname) bookingError(435, 'Name is required');
    const planned = planAppointments(state.store, location, body.appointments, state.clock.nowMs());
    const errors = new FieldCollector();
    const fieldValues = (Array.isArray(body.appointments) ? body.appointments : []).map((item) =>
      parseCustomFieldValues(
        state.store,
        location.id,
        'record',
        isObject(item) ? item.custom_fields : undefined,
        errors,
      ),
    );
    errors.throwIfAny();
    const [name = fullname, ...rest] = fullname.split(/\s+/);
    const client =
      findClientByPhone(state.store, location.id, phone) ??
      createClient(state.store, location.id, {
        name,
        surname: rest.join(' '),
        patronymic: '',
        phone,
        email: typeof body.email === 'string' ? body.email : '',
        card: '',
        birthDate: '',
        sexId: 0,
        importanceId: 0,
        labelIds: [],
        discount: 0,
        comment: '',
        smsCheck: Boolean(asInt(body.notify_by_sms)),
        smsNot: false,
        customFields: {},
      });
    const data = planned.map((plan, index) => {
      const record = createRecord(
        state.store,
        {
          locationId: location.id,
          staffId: plan.member.id,
          clientId: client.id,
          services: plan.services.map((s) => serviceLine(s, client.discount)),
          startMs: plan.startMs,
          seanceLength: plan.length,
          comment: typeof body.comment === 'string' ? body.comment : '',
          online: true,
          apiId: body.api_id === undefined ? '' : String(body.api_id),
          customFields: fieldValues[index] ?? {},
          smsRemainHours: asInt(body.notify_by_sms) ?? 0,
          emailRemainHours: asInt(body.notify_by_email) ?? 0,
          partnerToken: c.get('auth').partnerToken,
        },
        { joinVisit: true },
      );
      return { id: plan.requestId, record_id: record.id, record_hash: record.hash };
    });
    return ok(c, data, 201);
  });

  app.get('/book_record/:loc/:recordId/:hash', (c) => {
    const location = bookingLocation(state, c.req.param('loc'));
    const record = state.store.records.get(parseId(c.req.param('recordId')) ?? -1);
    if (
      !record ||
      record.locationId !== location.id ||
      record.deleted ||
      record.hash !== c.req.param('hash')
    ) {
      throw notFound();
    }
    const options = {
      store: state.store,
      location,
      freezeStandardOffset: state.options.freezeStandardOffset,
    };
    return ok(c, recordToWire(record, options));
  });

  app.delete('/book_record/*', () => {
    throw new ApiError(405, 'Method not allowed');
  });
}
