// The packaging config (electron-builder.json) and its afterPack hook, checked without
// packaging (that needs the Electron binary): the schema electron-builder itself applies,
// the targets, what goes in, the .nnlab association, and the fuses the hook flips.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const ROOT = resolve(__dirname, '../../..');
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

describe('electron-builder.json', () => {
  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, notAnOption: 1 }, new DebugLogger(false)),
    ).rejects.toThrow(/notAnOption/);
  }, 60_000); // loading electron-builder takes seconds

  it('builds AppImage and deb, an NSIS installer and a dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.maintainer).toBeTruthy(); // the deb target refuses to build without
    expect(config.extraMetadata?.homepage ?? pkg.homepage).toMatch(/^https:\/\//);
  });

  it('packs the built app, its icons and the built-in datasets', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**', 'package.json', 'resources/icon.png']),
    );
    expect(config.extraResources).toEqual(
      expect.arrayContaining([{ from: 'resources/datasets', to: 'datasets' }]),
    );
  });

  it('packs into an ASAR (integrity kept) with native modules unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));
    expect(config.disableSanityCheckAsar ?? false).toBe(false);
    // better-sqlite3 for Electron comes from out/native (rebuild-native.mjs), not an
    // in-place rebuild of node_modules that would break the tests and the CLI on Node
    expect(config.npmRebuild).toBe(false);
  });

  it('associates .nnlab lessons with the app (Linux desktop entries through the MIME type)', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'nnlab', mimeType: 'application/x-neuron-lab-lesson' }),
    ]);
    expect(config.linux.mimeTypes).toContain('application/x-neuron-lab-lesson');
  });

  it('flips the fuses in the afterPack hook, with no second set in the config', async () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(config.electronFuses).toBeUndefined();
    const { default: afterPack } = await import(join(ROOT, 'scripts/after-pack.mjs'));
    const addElectronFuses = vi.fn();
    const context = { electronPlatformName: 'linux', packager: { addElectronFuses } };
    await afterPack(context);
    const [[given, fuses]] = addElectronFuses.mock.calls;
    expect(given).toBe(context);
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses.resetAdHocDarwinSignature).toBe(false);
    // every fuse this @electron/fuses knows is set, each as the issue asks
    const wanted: Record<keyof typeof FuseV1Options, boolean> = {
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    };
    for (const [name, on] of Object.entries(wanted)) {
      expect(fuses[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on);
    }
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(wanted).sort()).toEqual(known.sort());
    await afterPack({ ...context, electronPlatformName: 'darwin' });
    expect(addElectronFuses.mock.calls[1][1].resetAdHocDarwinSignature).toBe(true);
  });
});

describe('npm run dist and the native rebuild', () => {
  it('dist builds, rebuilds better-sqlite3 for Electron (required) and packages', () => {
    expect(pkg.scripts.dist).toBe(
      'npm run build && node scripts/rebuild-native.mjs --required && electron-builder --config electron-builder.json --publish never',
    );
    const native = readFileSync(join(ROOT, 'scripts/lib/electron-native.mjs'), 'utf8');
    expect(native).toContain("import('@electron/rebuild')");
    expect(native).not.toMatch(/node-gyp|prebuild-install/);
  });

  it('skips with one line where no Electron binary is installed, and fails when required', () => {
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(ROOT, 'no-such-electron') };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/rebuild-native.mjs'), ...args], {
        encoding: 'utf8',
        env,
      });
    const skipped = run();
    expect(skipped.status).toBe(0);
    expect(skipped.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^Rebuild for Electron skipped: .*missing/),
    ]);
    expect(run('--required').status).toBe(1);
  });
});
