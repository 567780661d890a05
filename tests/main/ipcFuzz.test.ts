import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/security';
import { contract, isChannel, MAX_PAYLOAD_BYTES } from '../../shared/contract';
import { AppErrorShape } from '../../shared/errors';
import { SALON_ID } from '../support/demoSalon';
import { useHarness } from './handlers/harness';

/**
 * Random and hostile payloads through every channel of the contract, through the real invoker and the real
 * handlers of a signed-in session: every answer is a coded error or data valid for the channel, nothing
 * throws, Object.prototype is left alone, and a payload the channel's schema refuses never reaches
 * Altegio (no request to the emulator; its store unchanged at the end). 5,100 payloads (numRuns below).
 */
const RUNS = { channels: 3_000, keyed: 1_500, senders: 600 } as const;
/** Room for a loaded CI machine: about 10 s in all on an idle one, 34 s at a load average of 15. */
const SLOW = { timeout: 90_000 };

const h = useHarness();
const channels = Object.keys(contract) as Array<keyof typeof contract>;
const own = `${APP_ORIGIN}/index.html`;
const sent = { payloads: 0, accepted: 0, refused: 0 };

let requests = 0;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const hostileKey = fc.constantFrom(...HOSTILE_KEYS);
const oddNumber = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  2 ** 53 + 2,
  1e308,
  -1,
  0.5,
  2 ** 31,
  -(2 ** 31),
);
const HUGE = [
  'x'.repeat(MAX_PAYLOAD_BYTES + 1),
  '9'.repeat(200_000),
  'é'.repeat(60_000),
  '\u202e'.repeat(5_000),
];
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '2027-01-12T15:00:00Z',
    '2027-02-30',
    '9999-12-31T23:59:59+14:00',
    'NaN',
    '101',
    '\u0000',
  ),
  fc.constantFrom(...HUGE),
);
const leaf = fc.oneof(
  oddNumber,
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.constant(SALON_ID),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.sparseArray(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('value'), { maxKeys: 4 }),
  ),
}));

function nested(depth: number, asArray: boolean): unknown {
  let out: unknown = asArray ? [] : { locationId: SALON_ID };
  for (let level = 0; level < depth; level++) out = asArray ? [out] : { locationId: SALON_ID, input: out };
  return out;
}

/** Prototype keys as JSON.parse makes them: own properties named __proto__ and constructor. */
const POLLUTING = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"locationId":101,"__proto__":{"polluted":"yes","locationId":102}}',
  '{"locationId":101,"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"locationId":101,"input":{"__proto__":{"polluted":"yes"},"customFields":{"__proto__":{"polluted":"yes"}}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
].map((text) => JSON.parse(text) as unknown);

const payload = fc.oneof(
  { arbitrary: value, weight: 4 },
  {
    arbitrary: fc.anything({
      key: fc.oneof(fc.string(), hostileKey),
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...POLLUTING), weight: 1 },
  {
    arbitrary: fc.tuple(fc.integer({ min: 20, max: 3_000 }), fc.boolean()).map(([d, a]) => nested(d, a)),
    weight: 1,
  },
  { arbitrary: fc.constant(nested(200_000, true)), weight: 1 },
);

/** An object with the channel's own keys (so the schema looks past the outer shape), each value hostile. */
function keyedPayload(channel: keyof typeof contract) {
  const shape = (contract[channel].input as { shape?: Record<string, unknown> }).shape;
  const keys = shape ? Object.keys(shape) : ['locationId', 'id', 'input'];
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }),
      fc.dictionary(hostileKey, value, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, atSalon]) => ({ ...extra, ...known, ...(atSalon ? { locationId: SALON_ID } : {}) }));
}

const FOREIGN = [
  undefined,
  '',
  'null',
  'about:blank',
  'https://evil.example/index.html',
  'file:///etc/passwd',
  'data:text/html,<script>1</script>',
  `${APP_ORIGIN}.evil.example/index.html`,
  `${APP_ORIGIN.replace('://', '://user:pass@')}/index.html`,
  'http://127.0.0.1:5173/index.html',
  `javascript:${APP_ORIGIN}`,
];

function refusedBeforeHandler(error: AppErrorShape | undefined): boolean {
  if (!error) return false;
  const reason = error.params?.['reason'];
  if (error.code === 'UNKNOWN_CHANNEL') return true;
  if (error.code === 'FORBIDDEN') return reason === 'sender';
  return error.code === 'VALIDATION' && ['input', 'tooLarge', 'unreadable'].includes(String(reason));
}

/** One payload through the invoker, with every assertion the fuzz makes about its answer. */
async function send(channel: unknown, raw: unknown, senderUrl: string | undefined): Promise<void> {
  sent.payloads += 1;
  const trusted = senderUrl === own;
  const schemaRefuses = !isChannel(channel) || !safeAccepts(channel, raw);
  const before = requests;
  let result: Awaited<ReturnType<typeof h.core.invoke>>;
  try {
    result = await h.core.invoke(channel, raw, { senderUrl });
  } catch (error) {
    throw new Error(`the invoker threw for ${String(channel).slice(0, 40)}: ${String(error)}`);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  if (result.ok) {
    expect(trusted && !schemaRefuses).toBe(true);
    expect(contract[channel as keyof typeof contract].output.safeParse(result.data).success).toBe(true);
    sent.accepted += 1;
    // A valid payload may sign out: the rest of the run needs the session.
    if (String(channel).startsWith('session.')) await h.core.session.openDemo();
    return;
  }
  expect(AppErrorShape.safeParse(result.error).success).toBe(true);
  if (!trusted) expect(result.error).toMatchObject({ code: 'FORBIDDEN', params: { reason: 'sender' } });
  if (schemaRefuses) {
    expect(refusedBeforeHandler(result.error)).toBe(true);
    expect(requests - before).toBe(0);
    sent.refused += 1;
  }
}

function safeAccepts(channel: keyof typeof contract, raw: unknown): boolean {
  try {
    return contract[channel].input.safeParse(raw).success;
  } catch {
    return false; // a payload zod cannot even walk (absurd depth) is one the invoker must refuse too
  }
}

describe('every IPC channel under random and hostile payloads', () => {
  let storeBefore = '';
  it('starts signed in, with a snapshot of Altegio', () => {
    storeBefore = JSON.stringify(h.emulator.snapshot());
    h.emulator.beforeRequest(() => {
      requests += 1;
    });
    expect(channels.length).toBeGreaterThan(50);
  });

  it(
    'answers random payloads on every channel and unknown ones with a coded error or valid data',
    SLOW,
    async () => {
      const channel = fc.oneof(
        { arbitrary: fc.constantFrom(...channels), weight: 8 },
        { arbitrary: fc.constantFrom(...HOSTILE_KEYS, 'appointments.list ', 'APPOINTMENTS.LIST'), weight: 1 },
        { arbitrary: fc.anything(), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(channel, payload, (name, raw) => send(name, raw, own)),
        { numRuns: RUNS.channels },
      );
    },
  );

  it('refuses hostile values under each channel’s own keys before Altegio sees them', SLOW, async () => {
    const perChannel = Math.ceil(RUNS.keyed / channels.length);
    for (const name of channels) {
      await fc.assert(
        fc.asyncProperty(keyedPayload(name), (raw) => send(name, raw, own)),
        { numRuns: perChannel },
      );
    }
  });

  it('refuses every channel from a foreign sender, whatever the payload', SLOW, async () => {
    const sender = fc.oneof(fc.constantFrom(...FOREIGN), fc.webUrl({ withQueryParameters: true }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.oneof(value, fc.constant(undefined)), sender, send),
      { numRuns: RUNS.senders },
    );
  });

  it('left Altegio as it was, and the session signed in', async () => {
    h.emulator.beforeRequest(null);
    expect(JSON.stringify(h.emulator.snapshot())).toBe(storeBefore);
    expect((await h.invoke('session.get')).signedIn).toBe(true);
  });
});

afterAll(() => {
  console.info(
    `IPC fuzz: ${sent.payloads} payloads over ${channels.length} channels ` +
      `(${sent.refused} refused by the schema, ${sent.accepted} accepted as valid)`,
  );
});
