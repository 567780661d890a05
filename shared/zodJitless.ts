import { z } from 'zod';

// Imported first by the renderer and the preload, before any schema exists: zod otherwise probes for
// `new Function`, which the page's CSP (no 'unsafe-eval') reports as a violation even though zod catches it.
z.config({ jitless: true });
