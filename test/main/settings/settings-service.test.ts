import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../src-main/settings/settings-error';
import { DEFAULT_SETTINGS, SETTINGS_FILE } from '../../../src-main/settings/settings-file';
import { SettingsService } from '../../../src-main/settings/settings-service';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'neuron-settings-'));
}

function withFile(text: string): string {
  const dir = folder();
  writeFileSync(join(dir, SETTINGS_FILE), text);
  return dir;
}

const open = (dir: string, host: 'electron' | 'local' = 'local') =>
  new SettingsService({ folder: dir, host, cores: 4 });

describe('SettingsService: reading', () => {
  it('a missing file gives the defaults and reports nothing', () => {
    const state = open(folder()).state;
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.resets).toEqual([]);
    expect(state.stored).toEqual([]);
  });

  it('reads every valid field and says which the file held', () => {
    const dir = withFile(JSON.stringify({ language: 'es', theme: 'dark', parallelRuns: 3 }));
    const service = open(dir);
    expect(service.settings).toMatchObject({ language: 'es', theme: 'dark', parallelRuns: 3 });
    expect(service.state.stored.sort()).toEqual(['language', 'parallelRuns', 'theme']);
    expect(service.parallelRuns).toBe(3);
  });

  it('a damaged file: defaults, the reason, and a copy of the file kept', () => {
    const dir = withFile('{"language": "es",');
    const state = open(dir).state;
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.resets).toHaveLength(1);
    expect(state.resets[0]).toMatchObject({ field: '*', kind: 'not-json' });
    expect(state.resets[0].reason).toMatch(/not valid JSON/);
    expect(state.damagedCopy).toMatch(/settings\.json\.damaged-/);
    expect(readFileSync(state.damagedCopy!, 'utf8')).toBe('{"language": "es",');
    expect(state.resets[0].reason).toContain(state.damagedCopy!);
  });

  it('a file that is JSON but not an object is damaged too', () => {
    const state = open(withFile('[1, 2]')).state;
    expect(state.resets[0]).toMatchObject({ field: '*' });
    expect(state.resets[0].reason).toMatch(/JSON object/);
  });

  it('one bad field resets only itself, and says what it was', () => {
    const dir = withFile(JSON.stringify({ language: 'klingon', theme: 'dark', parallelRuns: 0 }));
    const state = open(dir).state;
    expect(state.settings).toMatchObject({ language: 'en', theme: 'dark', parallelRuns: 'auto' });
    expect(state.resets.map((r) => r.field).sort()).toEqual(['language', 'parallelRuns']);
    const language = state.resets.find((r) => r.field === 'language')!;
    expect(language).toMatchObject({ kind: 'invalid-value', value: '"klingon"' });
    expect(language.reason).toMatch(/"klingon".*en, es/);
  });

  it('unknown fields are reported, not used, and written back unchanged', async () => {
    const dir = withFile(JSON.stringify({ theme: 'light', fontSize: 18 }));
    const service = open(dir);
    expect(service.state.unknownFields).toEqual(['fontSize']);
    expect(service.settings).not.toHaveProperty('fontSize');
    await service.set({ language: 'es' });
    const written = JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'));
    expect(written).toMatchObject({ fontSize: 18, theme: 'light', language: 'es' });
  });

  it("'auto' parallel runs is the number of cores", () => {
    expect(open(folder()).parallelRuns).toBe(4);
  });
});

describe('SettingsService: writing', () => {
  it('saves a change, clears the resets, and a new service reads it back', async () => {
    const dir = withFile('not json');
    const service = open(dir);
    const state = await service.set({ language: 'es', parallelRuns: 2 });
    expect(state.resets).toEqual([]);
    expect(state.settings).toMatchObject({ language: 'es', parallelRuns: 2 });
    expect(open(dir).settings).toMatchObject({ language: 'es', parallelRuns: 2, theme: 'system' });
  });

  it('writes atomically: a failure before the rename leaves the old file and no temporary', async () => {
    const dir = withFile(JSON.stringify({ language: 'es' }));
    let temp = '';
    const service = new SettingsService({
      folder: dir,
      host: 'local',
      beforeRename: (t) => {
        temp = t;
        // the new content is complete in the temporary file while the old file is untouched
        expect(JSON.parse(readFileSync(t, 'utf8')).theme).toBe('dark');
        expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).toEqual({
          language: 'es',
        });
        throw new Error('power cut');
      },
    });
    await expect(service.set({ theme: 'dark' })).rejects.toThrow(/power cut/);
    expect(temp).not.toBe('');
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
    expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).toEqual({ language: 'es' });
    expect(service.settings.theme).toBe('system');
  });

  it('tells listeners of a change', async () => {
    const service = open(folder());
    const seen: number[] = [];
    service.onChange(() => seen.push(service.parallelRuns));
    await service.set({ parallelRuns: 1 });
    expect(seen).toEqual([1]);
  });
});

describe('SettingsService: the data folder', () => {
  it('the local host refuses to move it', async () => {
    const error = await open(folder())
      .set({ dataFolder: folder() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).code).toBe('read-only');
    expect(open(folder()).state.dataFolder.changeable).toBe(false);
  });

  it('the desktop app moves it after a restart', async () => {
    const dir = folder();
    const target = join(folder(), 'lab-data');
    const service = open(dir, 'electron');
    const state = await service.set({ dataFolder: target });
    expect(state.dataFolder).toEqual({
      current: dir,
      own: dir,
      changeable: true,
      afterRestart: target,
    });
    // back to the app's own folder: nothing waits for a restart any more
    expect((await service.set({ dataFolder: dir })).dataFolder.afterRestart).toBeUndefined();
    await service.set({ dataFolder: target });
    expect(open(dir, 'electron').dataFolder).toBe(target);
  });

  it('a relative folder is refused', async () => {
    await expect(open(folder(), 'electron').set({ dataFolder: 'data' })).rejects.toMatchObject({
      code: 'invalid-setting',
    });
  });

  it('a chosen folder that is gone: the own folder, and a reset that says so', () => {
    const parent = folder();
    const dir = withFile(JSON.stringify({ dataFolder: join(parent, 'missing') }));
    const service = open(dir, 'electron');
    expect(service.dataFolder).toBe(dir);
    expect(service.state.resets).toEqual([
      {
        field: 'dataFolder',
        kind: 'folder-gone',
        value: join(parent, 'missing'),
        reason: expect.stringMatching(/missing is not a folder/),
      },
    ]);
  });
});
