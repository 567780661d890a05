// Idle and memory on a simulated clock: the page's timers (refreshes, polls, staleness) run as fast as
// the app answers, so ten minutes of refreshes and an hour of refreshes and navigation take a minute or two.
import type { Browser, Page } from '@playwright/test';
import { RENDERER_ORIGIN } from '../support/builtRenderer';
import type { DemoDesk } from './appSide';
import { heapByKind, type HeapByKind } from './heapSnapshot';

const REFRESH_MS = 10_000; // the default refresh interval (Settings → This desk)
const CARDS = '.fc-timegrid-event:not(.fc-event-mirror)';
const MINUTE = 60_000;

/** Advances the page's clock one refresh at a time, letting each refresh be answered before the next. */
async function simulate(page: Page, desk: DemoDesk, ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += REFRESH_MS) {
    await page.clock.runFor(REFRESH_MS);
    while (desk.calls.pending > 0) await new Promise((done) => setTimeout(done, 10));
    await page.clock.runFor(100); // the frames that draw what the answer brought (rAF is simulated too)
  }
}

/** Advances the page's clock a frame at a time until `selector` is in the DOM. */
async function advanceUntil(page: Page, selector: string): Promise<void> {
  for (let step = 0; (await page.locator(selector).count()) === 0; step++) {
    if (step > 600) throw new Error(`${selector} did not appear within a simulated minute.`);
    await page.clock.runFor(100);
  }
}

function slopePerMinute(samples: Array<{ minute: number; bytes: number }>): number {
  const n = samples.length;
  const meanX = samples.reduce((sum, s) => sum + s.minute, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.bytes, 0) / n;
  const covariance = samples.reduce((sum, s) => sum + (s.minute - meanX) * (s.bytes - meanY), 0);
  const variance = samples.reduce((sum, s) => sum + (s.minute - meanX) ** 2, 0);
  return covariance / variance;
}

export async function idleAndHeap(desk: DemoDesk, browser: Browser) {
  const { context, page } = await desk.open(browser, 'out/renderer');
  try {
    await page.clock.install({ time: new Date() });
    await page.clock.resume();
    await page.goto(`${RENDERER_ORIGIN}/index.html`);
    await page.locator(CARDS).first().waitFor();
    await page.clock.pauseAt(new Date(Date.now() + 5_000));
    await simulate(page, desk, MINUTE); // settle: the first refreshes, lazy reads, stale times

    // Ten minutes with nothing changing in Altegio: the requests it costs and the DOM it touches.
    let requests = 0;
    desk.emulator.beforeRequest(() => void requests++);
    // FullCalendar's now line moves with the clock; everything else must stay as it is.
    await page.evaluate(`(() => {
      const counter = { records: 0, nowIndicator: 0 };
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('[class*="fc-timegrid-now-indicator"]')) counter.nowIndicator++;
          else counter.records++;
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      window.mutations = counter;
    })()`);
    await simulate(page, desk, 10 * MINUTE);
    desk.emulator.beforeRequest(null);
    const mutations = (await page.evaluate('window.mutations')) as { records: number; nowIndicator: number };

    // An hour of refreshes and navigation: a section a minute, back to the calendar, heap after GC (a
    // second collection frees nothing more). Every few minutes a snapshot splits it by kind: V8's
    // compiled code grows for most of the hour as functions warm up, so the leak check is on the rest.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const sections = ['Recurring schedules', 'Online booking', 'Comments', 'Frontdesk bookings', 'Settings'];
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const samples: Array<{ minute: number; bytes: number }> = [];
    const kinds: Array<{ minute: number } & HeapByKind> = [];
    const domCounters = async () => {
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { nodes, jsEventListeners };
    };
    const domFirst = await domCounters();
    for (let minute = 1; minute <= 60; minute++) {
      await nav.getByText(sections[minute % sections.length]!, { exact: true }).click();
      await simulate(page, desk, MINUTE / 2);
      await nav.getByText('Appointment log', { exact: true }).click();
      await advanceUntil(page, CARDS);
      await simulate(page, desk, MINUTE / 2);
      samples.push({ minute, bytes: await heap() });
      // At the same point of the sections' round each time: what the sections leave in the query cache
      // for a while after they close depends on which came last.
      if (minute % sections.length === 0 && minute > sections.length) {
        kinds.push({ minute, ...(await heapByKind(cdp)) });
      }
    }
    // The first cycle through the sections loads their chunks and fills caches: the trend is after it.
    const trend = samples.filter((sample) => sample.minute > sections.length);
    return {
      requestsPerMin: requests / 10,
      domMutations: mutations.records,
      nowIndicatorMutations: mutations.nowIndicator,
      heapSlopeBytesPerMin: slopePerMinute(trend),
      heapFirstBytes: trend[0]!.bytes,
      heapLastBytes: trend.at(-1)!.bytes,
      heapObjectsSlopeBytesPerMin: slopePerMinute(
        kinds.map((k) => ({ minute: k.minute, bytes: k.objectBytes })),
      ),
      heapObjectsFirstBytes: kinds[0]!.objectBytes,
      heapObjectsLastBytes: kinds.at(-1)!.objectBytes,
      heapNativeSlopeBytesPerMin: slopePerMinute(
        kinds.map((k) => ({ minute: k.minute, bytes: k.nativeBytes })),
      ),
      heapCodeFirstBytes: kinds[0]!.codeBytes,
      heapCodeLastBytes: kinds.at(-1)!.codeBytes,
      domFirst,
      domLast: await domCounters(),
    };
  } finally {
    await context.close();
  }
}
