import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledNames, LICENCES_FILE, libraries } from '../../../../scripts/licences';

/** The About dialog's list of libraries is generated (`npm run licences`); it must follow package.json. */
describe("the About dialog's libraries", () => {
  const listed = JSON.parse(readFileSync(LICENCES_FILE, 'utf8')) as Array<{
    name: string;
    version: string;
    licence: string;
  }>;

  it('lists every bundled library at the version package.json pins, and no other (npm run licences)', () => {
    const pinned = bundledNames();
    expect(Object.fromEntries(listed.map((library) => [library.name, library.version]))).toEqual(pinned);
    expect(Object.keys(pinned)).toEqual(expect.arrayContaining(['react', 'luxon', '@mui/material']));
  });

  it('is what the script reads from node_modules now', () => {
    expect(listed).toEqual(libraries());
  });

  it('names a licence for each', () => {
    for (const library of listed) expect(library.licence, library.name).toMatch(/^[\w.() -]+$/);
    expect(listed.find((library) => library.name === '@fullcalendar/resource')?.licence).toBe('GPL-3.0');
  });
});
