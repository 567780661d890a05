import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': the contract's zod schemas are bundled in.
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        // A feature's modules only declare (components, hooks, constants; styles are .css modules), so what
        // a feature's index.ts re-exports for a lazy page alone (a settings panel, a form field) stays out
        // of the calendar's first paint instead of riding in with the index.
        treeshake: { moduleSideEffects: (id) => !/\/renderer\/src\/features\/.+\.tsx?$/.test(id) },
      },
      // electron-vite leaves the renderer unminified by default; sections other than the calendar load
      // lazily in their own chunks (see each feature's index.ts).
      minify: true,
    },
  },
});
