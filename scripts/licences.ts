/**
 * Writes the About dialog's list of the libraries bundled into the app, with version and licence, read
 * from node_modules: every runtime dependency, Electron (the app runs on it), and the devDependencies the
 * renderer bundles. `npm run licences` runs it; tests/renderer/features/about/licences.test.ts fails when
 * the list no longer matches package.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const LICENCES_FILE = resolve(ROOT, 'renderer/src/features/about/licences.json');

/** The devDependencies that end up in the packaged app: the renderer's libraries and Electron. */
const BUNDLED_DEV = [
  /^react$/,
  /^react-dom$/,
  /^react-hook-form$/,
  /^@hookform\//,
  /^@mui\//,
  /^@emotion\//,
  /^@fullcalendar\//,
  /^@tanstack\//,
  /^@nanostores\//,
  /^nanostores$/,
  /^electron$/,
];

const PREMIUM = /^@fullcalendar\/(resource|resource-[\w-]+|premium-common|scheduler)$/;

export interface Library {
  name: string;
  version: string;
  licence: string;
}

interface PackageJson {
  version: string;
  license?: string | { type: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PackageJson;

/** The bundled libraries package.json names, with the version it pins. */
export function bundledNames(): Record<string, string> {
  const own = readJson(resolve(ROOT, 'package.json'));
  const dev = Object.entries(own.devDependencies ?? {}).filter(([name]) =>
    BUNDLED_DEV.some((pattern) => pattern.test(name)),
  );
  return Object.fromEntries([...Object.entries(own.dependencies ?? {}), ...dev]);
}

export function libraries(): Library[] {
  return Object.keys(bundledNames())
    .sort()
    .map((name) => {
      const installed = readJson(resolve(ROOT, 'node_modules', name, 'package.json'));
      const licence = typeof installed.license === 'object' ? installed.license.type : installed.license;
      // FullCalendar Premium is tri-licensed ("SEE LICENSE IN LICENSE.md"); Frontdesk uses its GPLv3 option.
      const chosen = PREMIUM.test(name) && licence?.startsWith('SEE LICENSE') ? 'GPL-3.0' : licence;
      return { name, version: installed.version, licence: chosen ?? 'UNKNOWN' };
    });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(LICENCES_FILE, `${JSON.stringify(libraries(), null, 2)}\n`);
  console.log(`Wrote ${LICENCES_FILE}`);
}
