import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };

const renderer = [
  nodeBuiltins,
  { group: ['**/electron/**', 'electron/*'], message: 'The renderer cannot import main-process code.' },
];
const rendererPaths = [
  { name: 'electron', message: 'The renderer talks to main only through window.frontdesk.' },
];

const electronPackages = (message) => [
  { name: 'electron', message },
  { name: 'electron-store', message },
];

const luxonThroughMain = {
  name: 'luxon',
  message: 'Main imports Luxon through altegio/luxon, where throwOnInvalid is set.',
};

const ELECTRON_ADAPTERS = [
  'electron/main/index.ts',
  'electron/main/window.ts',
  'electron/main/electronStore.ts',
  'electron/main/electronFiles.ts',
  'electron/main/safeStorageBox.ts',
  'electron/main/ipc/bindIpc.ts',
];

/** One no-restricted-imports block for these files (the last matching block wins in flat config). */
function restrict(files, patterns, paths = rendererPathsFor(files)) {
  return [{ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } }];
}

function rendererPathsFor(files) {
  return files.some((file) => file.startsWith('renderer/')) ? rendererPaths : [];
}

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
  // Type-aware rules: a promise nobody awaits hides a failure; a `!` hides a null the types saw.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'], ...react.configs.flat.recommended },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'], ...react.configs.flat['jsx-runtime'] },
  // Words on screen come from messages (renderer/src/i18n): a text written straight into JSX would stay
  // English in every language. Punctuation and the product's names may stand as they are.
  {
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: [
            '·',
            '—',
            '–',
            ':',
            '(',
            ')',
            '/',
            '…',
            '×',
            '?',
            '%',
            '+',
            '-',
            ',',
            '|',
            '•',
            '#',
          ].concat(['Frontdesk', 'developer.alteg.io']),
        },
      ],
    },
  },
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
  // the emulator and the API client are independent implementations of the same API. Inside each
  // process, the layers too: ESLint applies the last matching block, so each block lists all its rules.
  ...restrict(['renderer/**/*.{ts,tsx}'], renderer),
  ...restrict(
    ['renderer/src/components/**/*.{ts,tsx}'],
    [
      ...renderer,
      {
        regex: '^(\\.\\./)+(features|app)(/|$)',
        message: 'components/ are generic UI pieces: they know no feature and not the app frame.',
      },
    ],
  ),
  ...restrict(
    ['renderer/src/features/**/*.{ts,tsx}'],
    [
      ...renderer,
      // '../team' is another feature's index; '../team/api' reaches inside it.
      {
        regex: '^\\.\\./[^./][^/]*/(?!index$).+',
        message: 'Another feature is reached only through its index.ts.',
      },
      { regex: '^(\\.\\./)+app(/|$)', message: 'Features do not import the app frame.' },
    ],
  ),
  ...restrict(
    ['renderer/src/app/**/*.{ts,tsx}'],
    [
      ...renderer,
      {
        regex: '^\\.\\./features/[^/]+/(?!index$).+',
        message: 'A feature is reached only through its index.ts.',
      },
    ],
  ),
  ...restrict(
    ['shared/**/*.ts'],
    [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' }],
    [
      { name: 'electron', message: 'shared/ is used by both processes.' },
      ...['luxon', 'react', 'react-dom'].map((name) => ({
        name,
        message: 'shared/ is pure TypeScript and zod.',
      })),
    ],
  ),
  ...restrict(
    ['electron/emulator/**/*.ts'],
    [
      {
        group: ['**/main/**', '**/renderer/**', '**/shared/**'],
        message: 'The emulator is an independent implementation of the Altegio API: it shares no code.',
      },
    ],
    electronPackages('The emulator runs without Electron.'),
  ),
  // Main, outside its few Electron adapters, never imports Electron, so every test can run it in Node;
  // and it reads dates only through altegio/luxon (throwOnInvalid is in force there).
  ...restrict(
    ['electron/main/**/*.ts'],
    [],
    [
      luxonThroughMain,
      ...electronPackages(
        'Only the Electron adapters (index, window, electronStore, electronFiles, safeStorageBox, ipc/bindIpc) import Electron.',
      ),
    ],
  ),
  ...restrict(ELECTRON_ADAPTERS, [], [luxonThroughMain]),
  // The API client knows no feature and no Electron: it imports shared/ and itself (logging is injected).
  ...restrict(
    ['electron/main/altegio/**/*.ts'],
    [
      { regex: '^\\.\\./(?!\\.\\./\\.\\./shared/)', message: 'altegio/ imports only shared/ and itself.' },
      { group: ['**/emulator/**'], message: 'The API client shares no code with the emulator.' },
    ],
    [
      { name: 'luxon', message: 'Import Luxon through ./luxon (throwOnInvalid is set there).' },
      ...electronPackages('The API client runs without Electron.'),
    ],
  ),
  ...restrict(['electron/main/altegio/luxon.ts'], []),
  prettier,
);
