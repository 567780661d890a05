import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default leaves one of a 2-core CI machine's cores idle; most files wait on the emulator, not the CPU.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{main,shared,emulator,smoke}/**/*.test.ts'],
          setupFiles: ['tests/support/strictLuxon.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // electron-store is ESM that imports electron; inlining it lets vi.mock('electron') reach it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          // Main-side code runs inside component tests (the real core behind window.frontdesk) and talks to
          // a local emulator; the page's same-origin rules do not apply to main.
          environmentOptions: { happyDOM: { settings: { fetch: { disableSameOriginPolicy: true } } } },
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
