import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, DEMO_ONLINE_BOOKING, type RunningEmulator } from '../../../electron/emulator';
import { bookingProblemOf } from '../../../electron/main/altegio/availability';
import { createAltegioClient } from '../../../electron/main/altegio/client';
import type { BookableTime } from '../../../shared/domain/booking';
import {
  FAST_TRANSPORT,
  rawGet,
  SALON,
  salonDate,
  signedInClient,
  startTestEmulator,
  STUDIO,
} from './helpers';

describe('online-booking users (API client)', () => {
  let emulator: RunningEmulator;
  let desk: Awaited<ReturnType<typeof signedInClient>>;
  let publicApi: ReturnType<typeof createAltegioClient>['bookingUsers'];
  const logLines: string[] = [];
  const inSalon = { zone: SALON.timezone };
  let memberId = 0;
  let serviceId = 0;
  const used = new Set<string>();

  /** A free time of the member (not yet used by this file), from the public booking endpoints. */
  async function freeTime(): Promise<BookableTime> {
    for (let day = 1; day <= 10; day += 1) {
      const times = await desk.availability.times(SALON, memberId, salonDate(day), [serviceId]);
      const time = times.find((t) => !used.has(t.datetime));
      if (time) {
        used.add(time.datetime);
        return time;
      }
    }
    throw new Error('no free time in the next ten days');
  }

  const booking = (time: BookableTime, phone = '+15555550901') => ({
    phone,
    fullname: 'Online Guest',
    appointments: [{ teamMemberId: memberId, serviceIds: [serviceId], datetime: time.datetime }],
  });

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  beforeAll(async () => {
    emulator = await startTestEmulator();
    desk = await signedInClient(emulator);
    publicApi = createAltegioClient({
      baseUrl: emulator.url,
      partnerToken: DEMO_CREDENTIALS.partnerToken,
      transport: FAST_TRANSPORT,
      logger: { debug: (line) => logLines.push(line), warn: (line) => logLines.push(line) },
    }).bookingUsers;
    const services = await desk.services.list(SALON);
    const service = services.find((s) => s.active && s.capacity === 1 && s.teamMembers.length > 0);
    serviceId = service?.id ?? 0;
    memberId = service?.teamMembers[0]?.teamMemberId ?? 0;
  });
  afterAll(() => emulator.close());

  it('signs a customer in by password or by SMS code, to the same token; wrong ones are named', async () => {
    const byPassword = await publicApi.signInByPassword(
      DEMO_ONLINE_BOOKING.login,
      DEMO_ONLINE_BOOKING.password,
    );
    expect(byPassword.user).toMatchObject({
      name: DEMO_ONLINE_BOOKING.name,
      phone: DEMO_ONLINE_BOOKING.phone,
      login: DEMO_ONLINE_BOOKING.login,
    });
    await publicApi.sendCode(SALON.id, DEMO_ONLINE_BOOKING.phone, DEMO_ONLINE_BOOKING.name);
    const byCode = await publicApi.signInByCode(DEMO_ONLINE_BOOKING.phone, DEMO_ONLINE_BOOKING.smsCode);
    expect(byCode.userToken).toBe(byPassword.userToken);
    expect(byCode.userToken).not.toBe(desk.userToken);

    await expect(publicApi.signInByPassword(DEMO_ONLINE_BOOKING.login, 'wrong')).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
    });
    const wrongCode = await failure(publicApi.signInByCode(DEMO_ONLINE_BOOKING.phone, '000000'));
    expect(wrongCode).toMatchObject({ code: 'VALIDATION', params: { problem: 'wrong-code' } });
    expect(bookingProblemOf(await failure(publicApi.signInByCode('12', '123456')))).toBe('invalid-phone');
    expect(bookingProblemOf(await failure(publicApi.sendCode(SALON.id, '12', 'x')))).toBe('invalid-phone');
  });

  it('books online, reads the booking by hash or by the customer token, and cancels it', async () => {
    const time = await freeTime();
    const [booked] = await publicApi.book(SALON.id, booking(time, DEMO_ONLINE_BOOKING.phone));
    if (!booked) throw new Error('nothing booked');
    expect(booked.requestId).toBe(1);

    const byHash = await publicApi.record(booked.recordId, booked.recordHash, { zone: SALON.timezone });
    expect(byHash).toMatchObject({
      id: booked.recordId,
      location: { id: SALON.id, currency: 'USD' },
      teamMember: { id: memberId },
      start: time.start,
      deleted: false,
      online: true,
      attendance: 0,
      cancellable: true,
    });
    expect(byHash.localStart).toBe(`${time.start.slice(0, 16)}:00`);
    expect(byHash.services.map((s) => s.id)).toEqual([serviceId]);

    const { userToken } = await publicApi.signInByPassword(
      DEMO_ONLINE_BOOKING.login,
      DEMO_ONLINE_BOOKING.password,
    );
    expect((await publicApi.record(booked.recordId, undefined, { userToken, zone: SALON.timezone })).id).toBe(
      booked.recordId,
    );
    const [stranger] = await publicApi.book(SALON.id, booking(await freeTime(), '+15555550902'));
    await expect(
      publicApi.record(stranger?.recordId ?? 0, undefined, { userToken, zone: SALON.timezone }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(publicApi.record(booked.recordId, 'not-the-hash', inSalon)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await expect(
      publicApi.cancelRecord(booked.recordId, undefined, { userToken, zone: SALON.timezone }),
    ).resolves.toBe('cancelled');
    expect((await publicApi.record(booked.recordId, booked.recordHash, inSalon)).deleted).toBe(true);
    expect((await rawGet(emulator, desk.userToken, `/record/${SALON.id}/${booked.recordId}`)).status).toBe(
      404,
    );
    // Cancelling again (a retried DELETE whose first try went through) is the outcome asked for.
    await expect(publicApi.cancelRecord(booked.recordId, booked.recordHash, inSalon)).resolves.toBe(
      'alreadyCancelled',
    );

    await publicApi.cancelRecord(stranger?.recordId ?? 0, stranger?.recordHash, inSalon);
    expect((await publicApi.record(stranger?.recordId ?? 0, stranger?.recordHash, inSalon)).deleted).toBe(
      true,
    );
  });

  it("names each of Altegio's refusals of a booking as its problem", async () => {
    const time = await freeTime();
    await publicApi.book(SALON.id, booking(time));
    const taken = await failure(publicApi.book(SALON.id, booking(time, '+15555550903')));
    expect(taken).toMatchObject({ code: 'SLOT_BUSY', params: { problem: 'busy' } });

    const clash = booking(await freeTime());
    const overlap = await failure(
      publicApi.book(SALON.id, { ...clash, appointments: [...clash.appointments, ...clash.appointments] }),
    );
    expect(overlap).toMatchObject({ code: 'VALIDATION', params: { problem: 'overlap' } });

    const blacklisted = await failure(publicApi.book(SALON.id, booking(await freeTime(), '+12125550199')));
    expect(blacklisted).toMatchObject({ code: 'FORBIDDEN', params: { problem: 'blacklisted' } });
    expect(
      bookingProblemOf(await failure(publicApi.book(SALON.id, { ...booking(time), fullname: ' ' }))),
    ).toBe('name-missing');
    expect(bookingProblemOf(await failure(publicApi.book(SALON.id, booking(time, '12'))))).toBe(
      'invalid-phone',
    );

    // Location 102 has phone confirmation on: the SMS code is checked before the appointments.
    const wrongCode = await failure(publicApi.book(STUDIO.id, { ...booking(time), code: '999999' }));
    expect(wrongCode).toMatchObject({ code: 'VALIDATION', params: { problem: 'wrong-code' } });

    emulator.setOnlineBooking(SALON.id, false);
    try {
      // No free time can be read while it is off, and none is needed: the location refuses first.
      const off = await failure(publicApi.book(SALON.id, booking(time)));
      expect(off).toMatchObject({ code: 'FORBIDDEN', params: { problem: 'online-booking-off' } });
    } finally {
      emulator.setOnlineBooking(SALON.id, true);
    }
  });

  it("asks for a phone change with the customer's token only", async () => {
    const { userToken } = await publicApi.signInByPassword(
      DEMO_ONLINE_BOOKING.login,
      DEMO_ONLINE_BOOKING.password,
    );
    await expect(
      publicApi.requestPhoneChange(userToken, { locationId: SALON.id }, '+15555550124'),
    ).resolves.toBeUndefined();
    await expect(
      publicApi.requestPhoneChange(userToken, { groupId: 5 }, '+15555550124'),
    ).resolves.toBeUndefined();
    expect(
      bookingProblemOf(await failure(publicApi.requestPhoneChange(userToken, { locationId: SALON.id }, '1'))),
    ).toBe('invalid-phone');
    await expect(
      publicApi.requestPhoneChange(desk.userToken, { locationId: SALON.id }, '+15555550124'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', params: { reason: 'bookingUserToken' } });
    // A refused customer token is the customer's problem: it must not read as the desk's session ending.
    await expect(
      publicApi.requestPhoneChange('expired-token', { locationId: SALON.id }, '+15555550124'),
    ).rejects.not.toMatchObject({ code: 'AUTH_REQUIRED' });
  });

  it('reads the demo review form, and says an unknown token is not found', async () => {
    const form = await publicApi.reviewForm(DEMO_ONLINE_BOOKING.reviewToken);
    expect(form).toMatchObject({ submitted: false, location: { id: SALON.id }, currency: 'USD' });
    expect(form.teamMember.name).not.toBe('');
    expect(form.teamMember.rating).toBeGreaterThan(0);
    expect(form.visit.services.length).toBeGreaterThan(0);
    expect(form.visit.localStart < `${salonDate(0)}T10:00:00`).toBe(true);
    await expect(publicApi.reviewForm('no-such-review')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never writes a customer token, a record hash or a review token to the log', async () => {
    const { userToken } = await publicApi.signInByPassword(
      DEMO_ONLINE_BOOKING.login,
      DEMO_ONLINE_BOOKING.password,
    );
    const [booked] = await publicApi.book(SALON.id, booking(await freeTime()));
    await publicApi.record(booked?.recordId ?? 0, booked?.recordHash, inSalon);
    await publicApi.record(booked?.recordId ?? 0, 'wrong-hash-value', inSalon).catch(() => undefined);
    await publicApi.reviewForm(DEMO_ONLINE_BOOKING.reviewToken);
    expect(logLines.some((line) => line.includes('/user/records/'))).toBe(true);
    for (const line of logLines) {
      for (const secret of [
        userToken,
        booked?.recordHash ?? '',
        'wrong-hash-value',
        DEMO_ONLINE_BOOKING.reviewToken,
      ])
        expect(line).not.toContain(secret);
    }
  });
});
