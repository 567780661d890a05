import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Bare FullCalendar for the cold start, minified like the app's renderer.
export default defineConfig({
  root: resolve(import.meta.dirname, 'page/bare'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-bare'),
    emptyOutDir: true,
    // One chunk by design: FullCalendar and React, nothing else.
    chunkSizeWarningLimit: 1000,
  },
});
