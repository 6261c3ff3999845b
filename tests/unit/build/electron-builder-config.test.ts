import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// electron-builder's own validator and schema (the code `electron-builder` runs before packing),
// loaded from the installed app-builder-lib: the check is offline and matches the installed version.
const require = createRequire(import.meta.url);
const { validateSchema } = require('app-builder-lib/out/util/config/schemaValidator') as {
  validateSchema(schema: unknown, data: unknown, config?: { name?: string }): void;
};
const schema: unknown = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));

type Config = Record<string, unknown> & {
  files: string[];
  extraResources: Array<{ from: string; to: string; filter: string[] }>;
  linux: { target: string[]; category: string };
  win: { target: string[] };
  mac: { target: string[]; category: string };
  directories: { output: string };
};

const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as Config;

function validate(candidate: unknown): string | null {
  try {
    validateSchema(schema, structuredClone(candidate), { name: 'electron-builder.yml' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", () => {
    expect(validate(config)).toBeNull();
  });

  it('is actually checked: misspelt options are reported with where they are', () => {
    expect(validate({ ...config, produtName: 'ListenFirst' })).toContain("unknown property 'produtName'");
    expect(validate({ ...config, linux: { ...config.linux, categroy: 'Education' } })).toContain('configuration.linux');
  });

  it('names the app', () => {
    expect(config).toMatchObject({ appId: 'org.listenfirst.app', productName: 'ListenFirst', directories: { output: 'release' } });
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.education');
  });

  it('packs only the build output and package.json, never sources or node_modules', () => {
    expect(config.files).toEqual(['dist/**/*', '!dist/**/*.map', 'package.json', '!node_modules/**/*']);
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });

  it('ships the bundled scenario library as resources next to the app', () => {
    expect(config.extraResources).toEqual([{ from: 'scenarios', to: 'scenarios', filter: ['**/*.yaml'] }]);
    const bundled = fs.readdirSync(path.resolve('scenarios'), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    expect(bundled.length).toBeGreaterThan(0);
  });

  it('has an app icon large enough for every platform (electron-builder wants 512×512 or more)', () => {
    const png = fs.readFileSync(path.join('build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
