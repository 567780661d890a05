import { config } from 'zod/v4/core';

// Imported first by the renderer and the preload, before any schema exists: zod otherwise probes for
// `new Function`, which the page's CSP (no 'unsafe-eval') reports as a violation even though zod catches it.
// zod's core alone (the same config `z.config` sets), so the calendar's first paint does not load zod.
config({ jitless: true });
