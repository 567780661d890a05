// npm run bench: the calendar against bare FullCalendar in Chromium, a full week sync against the
// rate-limit floor, the built app's cold start against bare FullCalendar's, and idle and memory on a
// simulated clock. Prints ratios and writes bench-results.json; it times no test, and fails only when
// what the calendar's first paint loads is over budget. `npm run bench -- --only coldStart` runs the cold
// start alone (and writes nothing).
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEMO_CREDENTIALS, startEmulator } from '../../electron/emulator';
import { createAltegioClient } from '../../electron/main/altegio/client';
import { createLimiter } from '../../electron/main/altegio/limiter';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { RENDERER_ORIGIN, serveBuiltRenderer } from '../support/builtRenderer';
import { startDemoDesk } from './appSide';
import { checkFirstPaintBudget, coldStarts, rendererBundleBytes } from './coldStart';
import { idleAndHeap } from './idle';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 9);
const COLD_RUNS = Number(process.env['BENCH_COLD_RUNS'] ?? 5);
const ONLY = process.argv.includes('--only')
  ? (process.argv[process.argv.indexOf('--only') + 1] ?? '')
  : null;
if (ONLY !== null && !['coldStart', 'idle'].includes(ONLY)) {
  throw new Error(`--only takes coldStart or idle, not ${ONLY}.`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;

async function openBenchPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
    headless: true,
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await serveBuiltRenderer(page, 'out/bench');
  await page.goto(`${RENDERER_ORIGIN}/index.html`);
  await page.waitForFunction('document.title === "ready"');
  return { page, close: () => browser.close() };
}

async function sample(page: Page, expression: string): Promise<number> {
  return page.evaluate(expression) as Promise<number>;
}

async function calendarRuns(page: Page) {
  const out: Record<string, number[]> = {
    dayApp: [],
    dayBare: [],
    weekApp: [],
    weekBare: [],
    liveApp: [],
    liveBare: [],
  };
  let idleMutations = 0;
  // App and bare alternate which goes first (ABBA) and each starts after a garbage collection, so that
  // neither pays for the other's leftovers. Round 0 warms up and is dropped.
  const measure = (expression: string) => sample(page, `(window.gc?.(), ${expression})`);
  const fresh = async (expression: string) => {
    await page.evaluate('bench.clear()');
    return measure(expression);
  };
  for (let run = 0; run <= RUNS; run++) {
    const round: Record<string, number> = {};
    const app = async () => {
      round['dayApp'] = await fresh('bench.renderApp("day")');
      round['liveApp'] = await measure('bench.liveApp()');
      idleMutations = Math.max(idleMutations, await sample(page, 'bench.idleRefreshMutations()'));
    };
    const bare = async () => {
      round['dayBare'] = await fresh('bench.renderBare("day")');
      round['liveBare'] = await measure('bench.liveBare()');
    };
    const weekApp = async () => void (round['weekApp'] = await fresh('bench.renderApp("week")'));
    const weekBare = async () => void (round['weekBare'] = await fresh('bench.renderBare("week")'));
    const order = run % 2 ? [app, bare, weekBare, weekApp] : [bare, app, weekApp, weekBare];
    for (const step of order) await step();
    if (run > 0) Object.entries(round).forEach(([key, value]) => out[key]!.push(value));
  }
  return {
    medians: Object.fromEntries(Object.entries(out).map(([key, values]) => [key, median(values)])),
    idleMutations,
  };
}

function printHeap(idle: Awaited<ReturnType<typeof idleAndHeap>>) {
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  console.log(
    `Heap over a simulated hour of refreshes and navigation: ${kB(idle.heapFirstBytes)} → ${kB(idle.heapLastBytes)}, slope ${Math.round(idle.heapSlopeBytesPerMin)} bytes/min, of which V8's compiled code ${kB(idle.heapCodeFirstBytes)} → ${kB(idle.heapCodeLastBytes)}; JS objects ${kB(idle.heapObjectsFirstBytes)} → ${kB(idle.heapObjectsLastBytes)}, slope ${Math.round(idle.heapObjectsSlopeBytesPerMin)} bytes/min; native (DOM, style, the browser's buffers) slope ${Math.round(idle.heapNativeSlopeBytesPerMin)} bytes/min; DOM nodes ${idle.domFirst.nodes} → ${idle.domLast.nodes}, listeners ${idle.domFirst.jsEventListeners} → ${idle.domLast.jsEventListeners}.`,
  );
}

// `npm run bench -- --only idle`: idle and memory alone, printed (bench-results.json is left as it is).
if (ONLY === 'idle') {
  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  const desk = await startDemoDesk(createLimiter({ perSecond: 1000, perMinute: 60_000 }));
  try {
    printHeap(await idleAndHeap(desk, browser));
  } finally {
    await desk.close();
    await browser.close();
  }
  process.exit();
}

async function syncWeek() {
  const emulator = await startEmulator({ port: 0, scale: 'large', latencyMs: 80, rateLimit: true });
  try {
    const signIn = createAltegioClient({
      baseUrl: emulator.url,
      partnerToken: DEMO_CREDENTIALS.partnerToken,
    });
    const { userToken } = await signIn.auth.signIn(DEMO_CREDENTIALS.login, DEMO_CREDENTIALS.password);
    await new Promise((done) => setTimeout(done, 1500)); // let the emulator's rate-limit window clear
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const client = createAltegioClient({
      baseUrl: emulator.url,
      partnerToken: DEMO_CREDENTIALS.partnerToken,
      userToken,
      fetch: counting,
      limiter: createLimiter(),
    });
    const location = { id: 101, timezone: 'America/New_York' };
    const monday = DateTime.now().setZone(location.timezone).startOf('week');
    const started = performance.now();
    const appointments = await client.appointments.list(location, {
      from: monday.toISODate()!,
      to: monday.plus({ days: 6 }).toISODate()!,
    });
    const elapsed = performance.now() - started;
    return {
      elapsed,
      requests,
      appointments: appointments.appointments.length,
      floor: (requests / 5) * 1000,
    };
  } finally {
    await emulator.close();
  }
}

async function coldStartOnly() {
  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  const desk = await startDemoDesk();
  try {
    return await coldStarts(desk, browser, COLD_RUNS);
  } finally {
    await desk.close();
    await browser.close();
  }
}

if (ONLY === 'coldStart') {
  const cold = await coldStartOnly();
  const app = round(median(cold.app));
  const bare = round(median(cold.bare));
  console.log(
    `Cold start to the demo day painted (medians of ${COLD_RUNS}): ${app} ms, bare FullCalendar ${bare} ms, ratio ${(app / bare).toFixed(2)}.`,
  );
  checkFirstPaintBudget(rendererBundleBytes(), cold.firstPaintBytes);
  process.exit();
}

const { page, close } = await openBenchPage();
let calendar;
try {
  calendar = await calendarRuns(page);
} finally {
  await close();
}
const sync = await syncWeek();
const m = calendar.medians as Record<string, number>;

async function appRuns() {
  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  try {
    const cold = await (async () => {
      const desk = await startDemoDesk();
      try {
        return await coldStarts(desk, browser, COLD_RUNS);
      } finally {
        await desk.close();
      }
    })();
    const desk = await startDemoDesk(createLimiter({ perSecond: 1000, perMinute: 60_000 }));
    try {
      return { cold, idle: await idleAndHeap(desk, browser) };
    } finally {
      await desk.close();
    }
  } finally {
    await browser.close();
  }
}
const { cold, idle } = await appRuns();

const results = {
  calendarDayMs: round(m['dayApp']!),
  calendarDayBareMs: round(m['dayBare']!),
  calendarWeekMs: round(m['weekApp']!),
  calendarWeekBareMs: round(m['weekBare']!),
  syncWeekMs: round(sync.elapsed),
  syncWeekFloorMs: round(sync.floor),
  liveUpdateMs: round(m['liveApp']!),
  liveUpdateBareMs: round(m['liveBare']!),
  syncWeekRequests: sync.requests,
  syncWeekAppointments: sync.appointments,
  idleRefreshDomMutations: calendar.idleMutations,
  runs: RUNS,
  coldStartMs: round(median(cold.app)),
  coldStartBareMs: round(median(cold.bare)),
  coldStartRuns: COLD_RUNS,
  rendererBundleBytes: rendererBundleBytes(),
  firstPaintBytes: cold.firstPaintBytes,
  idleRequestsPerMin: idle.requestsPerMin,
  idleDomMutations: idle.domMutations,
  idleNowIndicatorMutations: idle.nowIndicatorMutations,
  heapSlopeBytesPerMin: Math.round(idle.heapSlopeBytesPerMin),
  heapStartBytes: idle.heapFirstBytes,
  heapEndBytes: idle.heapLastBytes,
  heapObjectsSlopeBytesPerMin: Math.round(idle.heapObjectsSlopeBytesPerMin),
  heapObjectsStartBytes: idle.heapObjectsFirstBytes,
  heapObjectsEndBytes: idle.heapObjectsLastBytes,
  heapNativeSlopeBytesPerMin: Math.round(idle.heapNativeSlopeBytesPerMin),
  heapCodeStartBytes: idle.heapCodeFirstBytes,
  heapCodeEndBytes: idle.heapCodeLastBytes,
};
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');

const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`Frontdesk benchmark (medians of ${RUNS} runs, headless Chromium)`);
console.table({
  'day view, 30 members, 600 appointments': {
    app: results.calendarDayMs,
    bare: results.calendarDayBareMs,
    ratio: ratio(results.calendarDayMs, results.calendarDayBareMs),
  },
  'week view, 2,000 appointments': {
    app: results.calendarWeekMs,
    bare: results.calendarWeekBareMs,
    ratio: ratio(results.calendarWeekMs, results.calendarWeekBareMs),
  },
  'live update of one appointment': {
    app: results.liveUpdateMs,
    bare: results.liveUpdateBareMs,
    ratio: ratio(results.liveUpdateMs, results.liveUpdateBareMs),
  },
  [`week sync, ${sync.appointments} appointments, ${sync.requests} requests`]: {
    app: results.syncWeekMs,
    bare: results.syncWeekFloorMs,
    ratio: ratio(results.syncWeekMs, results.syncWeekFloorMs),
  },
  [`cold start to the demo day painted (medians of ${COLD_RUNS})`]: {
    app: results.coldStartMs,
    bare: results.coldStartBareMs,
    ratio: ratio(results.coldStartMs, results.coldStartBareMs),
  },
});
console.log(
  `Idle, 10 simulated minutes: ${results.idleRequestsPerMin} Altegio requests/min, ${results.idleDomMutations} DOM mutations (the now line moved ${results.idleNowIndicatorMutations} times).`,
);
printHeap(idle);
console.log(
  `Idle refresh: ${calendar.idleMutations} DOM mutations (must be 0). Times in ms; "bare" is bare FullCalendar, or for the sync the floor of requests ÷ 5 per second.`,
);
console.log('Targets: calendar ratios ≤ 1.00, sync ratio ≤ 1.20. Written to bench-results.json.');
checkFirstPaintBudget(results.rendererBundleBytes, results.firstPaintBytes);
