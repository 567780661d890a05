import { parseArgs } from 'node:util';
import { DEMO_CREDENTIALS, DEMO_ONLINE_BOOKING, startEmulator } from './index';
import type { EmulatorOptions } from './options';

const USAGE = `Usage: npm run emulator -- [--port 8787] [--seed 1] [--scale demo|large] [--latency MS]
                            [--rate-limit on|off] [--data FILE]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`--${name} must be a non-negative integer`);
  return Number(value);
}

function parseOptions(argv: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      latency: { type: 'string' },
      'rate-limit': { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = values.scale ?? 'demo';
  if (scale !== 'demo' && scale !== 'large') fail('--scale must be demo or large');
  const rateLimit = values['rate-limit'] ?? 'on';
  if (rateLimit !== 'on' && rateLimit !== 'off') fail('--rate-limit must be on or off');
  return {
    port: integer(values.port, 'port', 8787),
    seed: integer(values.seed, 'seed', 1),
    scale,
    latencyMs: integer(values.latency, 'latency', 0),
    rateLimit: rateLimit === 'on',
    ...(values.data ? { dataFile: values.data } : {}),
  };
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const emulator = await startEmulator(options);
  console.log(`Altegio emulator listening on ${emulator.url}`);
  console.log(
    `Demo sign-in: partner token ${DEMO_CREDENTIALS.partnerToken}, login ${DEMO_CREDENTIALS.login}` +
      ` (or ${DEMO_CREDENTIALS.phone}), password ${DEMO_CREDENTIALS.password}`,
  );
  console.log(
    `Demo online booking: account ${DEMO_ONLINE_BOOKING.login} (or ${DEMO_ONLINE_BOOKING.phone}),` +
      ` password ${DEMO_ONLINE_BOOKING.password}; SMS code ${DEMO_ONLINE_BOOKING.smsCode};` +
      ` review token ${DEMO_ONLINE_BOOKING.reviewToken} (location ${DEMO_ONLINE_BOOKING.reviewLocationId})`,
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Altegio emulator failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
