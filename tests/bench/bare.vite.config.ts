import { resolve } from 'node:path';
import { mergeConfig, type Plugin } from 'vite';
// .js: Vite's config loader wants an extension, and TypeScript reads it as the .ts file.
import benchPage from './vite.config.js';

// Bare FullCalendar for the cold start, minified like the app's renderer: the benchmark page's document
// with the bare entry in place of the calendar pieces.
const ENTRY = 'src="./main.tsx"';
const bareEntry: Plugin = {
  name: 'bare-entry',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => {
      if (!html.includes(ENTRY)) throw new Error(`The benchmark page no longer loads ${ENTRY}.`);
      return html.replace(ENTRY, 'src="./bare/main.tsx"');
    },
  },
};

export default mergeConfig(benchPage, {
  plugins: [bareEntry],
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-bare'),
    // One chunk by design: FullCalendar and React, nothing else.
    chunkSizeWarningLimit: 1000,
  },
});
