import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'], ...react.configs.flat.recommended },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'], ...react.configs.flat['jsx-runtime'] },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '19' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Frontdesk does not run the React Compiler; its manual memoization is deliberate (FullCalendar must
      // get stable props), so the compiler's "could not preserve" report does not apply.
      'react-hooks/preserve-manual-memoization': 'off',
      'react/prop-types': 'off',
    },
  },
  // Process boundaries (DESIGN.md): the renderer is a sandboxed web page; shared/ is pure TypeScript + zod;
  // the emulator and the API client are independent implementations of the same API.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.frontdesk.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', 'electron/*'],
              message: 'The renderer cannot import main-process code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is used by both processes.' }],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The emulator runs without Electron.' },
            { name: 'electron-store', message: 'The emulator runs without Electron.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/shared/**'],
              message: 'The emulator is an independent implementation of the Altegio API: it shares no code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/altegio/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/emulator/**'], message: 'The API client shares no code with the emulator.' },
          ],
        },
      ],
    },
  },
  prettier,
);
