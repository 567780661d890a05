import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The benchmark page: the app's calendar pieces and a bare FullCalendar, side by side, built for production.
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
