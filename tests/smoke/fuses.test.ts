import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as written: one `name: true|false` per line. */
function fusesInBuilderConfig(): Record<string, boolean> {
  const yaml = readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?: {2}.*\n?)+)/m.exec(yaml)?.[1];
  if (!block) throw new Error('electron-builder.yml has no electronFuses block.');
  return Object.fromEntries(
    block
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const [, name, value] = /^ {2}(\w+): (true|false)$/.exec(line) ?? [];
        if (!name) throw new Error(`Unreadable fuse line: "${line}"`);
        return [name, value === 'true'];
      }),
  );
}

describe('the fuses flipped when the app is packaged', () => {
  it("are set as Electron's security checklist asks", () => {
    expect(fusesInBuilderConfig()).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('are all names electron-builder knows, so none is silently ignored', () => {
    const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(fusesInBuilderConfig())));
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^asar: true$/m);
  });
});
