// What the calendar's first paint loads, read from the renderer's import graph without a build: the modules
// and packages reached from the entry by static imports, following a feature's index.ts only into the
// modules whose exports are used (the renderer build treats feature modules as free of side effects, see
// electron.vite.config.ts). Dialogs, drawers, forms and pickers must stay behind a lazy import; the
// bench (`npm run bench -- --only coldStart`) measures the bytes and fails over 1,000,000.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declaresOnly } from '../../scripts/rendererTreeshake';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['renderer/src/main.tsx', 'renderer/src/start.tsx'];
const ALL = '*';

interface ModuleImport {
  specifier: string;
  /** The names taken, or ALL (a namespace, a default, a side-effect import). */
  names: string[];
  /** `export … from`: a re-export, taken only for the names asked of this module. */
  reexport: boolean;
}

function importsOf(file: string): { imports: ModuleImport[]; locals: Set<string> } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports: ModuleImport[] = [];
  const locals = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const named =
        bindings && ts.isNamedImports(bindings)
          ? bindings.elements.filter((element) => !element.isTypeOnly)
          : null;
      if (named && named.length === 0 && !clause?.name) continue; // only types
      const names =
        !clause || clause.name || !named ? [ALL] : named.map((e) => (e.propertyName ?? e.name).text);
      imports.push({ specifier: statement.moduleSpecifier.text, names, reexport: false });
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.moduleSpecifier) {
        // `export { Local as Name }`: the module's own declaration, asked for by its exported name.
        const clause = statement.exportClause;
        if (clause && ts.isNamedExports(clause))
          clause.elements.filter((e) => !e.isTypeOnly).forEach((e) => locals.add(e.name.text));
        continue;
      }
      if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const clause = statement.exportClause;
      const names =
        clause && ts.isNamedExports(clause)
          ? clause.elements
              .filter((e) => !e.isTypeOnly)
              .map((e) => `${(e.propertyName ?? e.name).text}>${e.name.text}`)
          : [ALL];
      if (names.length) imports.push({ specifier: statement.moduleSpecifier.text, names, reexport: true });
    } else if (ts.isExportAssignment(statement)) {
      locals.add('default'); // `export default value`
    } else {
      const declared = ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => d.name.getText())
        : ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)
          ? [statement.name?.text ?? 'default']
          : [];
      declared.forEach((name) => locals.add(name));
    }
  }
  return { imports, locals };
}

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|css)$/.test(candidate))
      return candidate;
  return null;
}

/** Every project file and package the first paint loads. */
function firstPaint(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const asked = new Map<string, Set<string>>();
  const queue: Array<[string, string[]]> = ENTRIES.map((entry) => [resolve(ROOT, entry), [ALL]]);
  while (queue.length) {
    const [file, names] = queue.shift()!;
    const before = asked.get(file) ?? new Set<string>();
    const fresh = names.filter((name) => !before.has(name) && !before.has(ALL));
    if (!fresh.length) continue;
    fresh.forEach((name) => before.add(name));
    asked.set(file, before);
    if (file.endsWith('.css')) {
      files.add(file);
      continue;
    }
    const { imports, locals } = importsOf(file);
    const everything = fresh.includes(ALL) || !declaresOnly(file);
    // A side-effect-free module is evaluated only when one of its own declarations is used.
    const evaluated = everything || fresh.some((name) => locals.has(name));
    if (evaluated) files.add(file);
    for (const { specifier, names: taken, reexport } of imports) {
      let wanted = taken;
      if (reexport) {
        wanted = taken.flatMap((pair) => {
          if (pair === ALL) return everything ? [ALL] : fresh;
          const [original, exported] = pair.split('>') as [string, string];
          return everything || fresh.includes(exported) ? [original] : [];
        });
        if (!wanted.length) continue;
      } else if (!evaluated) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolveFile(file, specifier);
      if (target) queue.push([target, wanted]);
    }
  }
  return { files, packages };
}

describe("the calendar's first paint", () => {
  const { files, packages } = firstPaint();
  const names = [...files].map((file) => relative(ROOT, file));

  it('reaches the calendar itself', () => {
    expect(names).toContain('renderer/src/features/calendar/CalendarPage.tsx');
    expect(names).toContain('renderer/src/features/calendar/CalendarView.tsx');
    expect(packages).toContain('@fullcalendar/react');
  });

  it('loads no dialog, drawer or form: they load when opened, or once the day is painted', () => {
    const opened = names.filter((name) =>
      /\/[A-Z]\w*(Dialog|Drawer|SignInPanel|SignInPage|ConnectForm|GoToDateField|Settings)\.tsx$/.test(name),
    );
    // The app's navigation is part of the frame, not something opened.
    expect(opened.filter((name) => !name.endsWith('/app/NavigationDrawer.tsx'))).toEqual([]);
  });

  it('loads neither the form library nor the date pickers', () => {
    const formsOnly = [...packages].filter(
      (name) =>
        name.startsWith('react-hook-form') ||
        name.startsWith('@hookform/') ||
        (name.startsWith('@mui/x-date-pickers/') && !/\/(LocalizationProvider|AdapterLuxon)$/.test(name)),
    );
    expect(formsOnly).toEqual([]);
  });

  it("loads neither MUI's Autocomplete nor its Select: the toolbar shows stand-ins until they load", () => {
    // TextField brings Select in too (for its `select` variant).
    const menus = [...packages].filter((name) =>
      /^@mui\/material\/(Autocomplete|Select|NativeSelect|TextField|useAutocomplete)$/.test(name),
    );
    expect(menus).toEqual([]);
  });

  it('loads no popup: tooltips, menus, the snackbar, dialogs and drawers come after the paint', () => {
    // A Drawer (even the docked kind) brings MUI's Modal, Portal and Slide with it.
    const popups = [...packages].filter((name) =>
      /^@mui\/material\/(Tooltip|Popper|Menu|MenuItem|Popover|Snackbar|Dialog|Drawer|Modal|Chip)$/.test(name),
    );
    expect(popups).toEqual([]);
  });

  it("loads no zod schema: only zod's core, to configure it (the schemas load with the dialogs and forms)", () => {
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([
      'zod/v4/core',
    ]);
  });
});
