import { readdirSync, readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

// The configuration as electron-builder itself reads and validates it (its own YAML loader and schema).
type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let config: Config;
beforeAll(async () => {
  config = (await getConfig(process.cwd(), 'electron-builder.yml', null)) as Config;
  await validateConfiguration(config as never, { isEnabled: false, add: () => undefined } as never);
});

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.appId).toBe('app.frontdesk.desktop');
    expect(config.productName).toBe('Frontdesk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    // A per-user install that asks where to go: no elevation prompt at a front desk.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    // safeStorage on Linux needs the Secret Service client library.
    expect(config.deb.depends).toContain('libsecret-1-0');
  });

  it("flips the fuses as Electron's security checklist asks", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // The schema check above has already refused any fuse name electron-builder does not know.
    const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));
    expect(Object.keys(schema.definitions.FuseOptionsV1.properties)).toEqual(
      expect.arrayContaining(Object.keys(config.electronFuses)),
    );
  });

  it('packs everything into one asar, with nothing unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
  });

  it('registers no file type and no URL scheme on any platform', () => {
    for (const section of [config, config.mac, config.win, config.linux, config.nsis, config.dmg]) {
      expect(section?.fileAssociations).toBeUndefined();
      expect(section?.protocols).toBeUndefined();
    }
  });

  it('ships only the built app: no sources, tests, benchmarks or source maps', () => {
    const files: string[] = config.files.flatMap((set: string | { filter: string[] }) =>
      typeof set === 'string' ? [set] : set.filter,
    );
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(files).toContain('!**/*.map');
    expect(files.some((pattern) => pattern.startsWith('!') && pattern.includes('.{test,spec}.'))).toBe(true);
  });

  it('signs the macOS app with the hardened runtime', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
  });
});

describe('the icon set in resources/', () => {
  it('points every platform at its own format', () => {
    expect(config.icon).toBe('resources/icon.png');
    expect(config.mac.icon).toBe('resources/icon.icns');
    expect(config.win.icon).toBe('resources/icon.ico');
    expect(config.linux.icon).toBe('resources/icons');
  });

  it('has a 1024×1024 PNG', () => {
    expect(pngSize(readFileSync('resources/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has Linux PNGs from 16 to 512, each as large as its name says', () => {
    const names = readdirSync('resources/icons').sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual([16, 24, 32, 48, 64, 128, 256, 512].map((size) => `${size}x${size}.png`));
    for (const name of names) {
      const size = parseInt(name);
      expect(pngSize(readFileSync(`resources/icons/${name}`)), name).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico with 16, 24, 32, 48, 64, 128 and 256 pixel images', () => {
    const ico = readFileSync('resources/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      const width = ico.readUInt8(entry) || 256; // 0 means 256
      const height = ico.readUInt8(entry + 1) || 256;
      expect(height).toBe(width);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      // Each image is a PNG of that size, or a BMP whose header (40 bytes) says that width.
      if (image.readUInt32BE(0) === 0x89504e47) expect(pngSize(image)).toEqual({ width, height: width });
      else expect([image.readUInt32LE(0), image.readInt32LE(4)]).toEqual([40, width]);
      sizes.push(width);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('has a macOS .icns whose chunks cover 16 to 1024 pixels', () => {
    const icns = readFileSync('resources/icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks = new Map<string, Buffer>();
    for (let at = 8; at < icns.length;) {
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      chunks.set(icns.subarray(at, at + 4).toString('ascii'), icns.subarray(at + 8, at + length));
      at += length;
    }
    // PNG chunks: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x), ic11 32 (16@2x), ic12 64, ic13 256, ic14 512.
    const pngChunks = {
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    for (const [type, size] of Object.entries(pngChunks)) {
      expect(chunks.has(type), type).toBe(true);
      expect(pngSize(chunks.get(type)!), type).toEqual({ width: size, height: size });
    }
    // The small sizes as RGB with their alpha masks.
    for (const type of ['is32', 's8mk', 'il32', 'l8mk']) expect(chunks.has(type), type).toBe(true);
    expect(chunks.get('s8mk')!.length).toBe(16 * 16);
    expect(chunks.get('l8mk')!.length).toBe(32 * 32);
  });
});

describe('DevTools in the packaged app', () => {
  it('are off: the window is created with devTools: !app.isPackaged', () => {
    // Behaviour is proven on the built bundle in mainBundle.test.ts; this keeps the wiring in sight.
    expect(readFileSync('electron/main/window.ts', 'utf8')).toMatch(/devTools: !packaged,/);
    const index = readFileSync('electron/main/index.ts', 'utf8');
    expect(index).toMatch(/const packaged = app\.isPackaged;/);
    expect(index).toMatch(/Menu\.setApplicationMenu\(Menu\.buildFromTemplate\(packagedMenuTemplate/);
  });
});
