import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingsState } from '../../../src-main/contract/settings-types';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import { settingsHandlers } from '../../../src-main/settings/settings-handlers';
import { SettingsService } from '../../../src-main/settings/settings-service';

function handlers(folder = mkdtempSync(join(tmpdir(), 'neuron-settings-h-'))) {
  const service = new SettingsService({ folder, host: 'local', cores: 2 });
  return withNotImplemented(settingsHandlers(service));
}

const call = (h: ReturnType<typeof handlers>, name: string, payload?: unknown) =>
  dispatch(h, name, payload, { host: 'local' });

describe('settings:get and settings:set through the contract', () => {
  it('get answers the settings with the facts the view shows', async () => {
    const result = await call(handlers(), 'settings:get');
    expect(result).toMatchObject({
      ok: true,
      value: {
        settings: { language: 'en', theme: 'system', parallelRuns: 'auto' },
        cores: 2,
        dataFolder: { changeable: false },
      },
    });
  });

  it('set changes a field and answers the new state', async () => {
    const h = handlers();
    expect(await call(h, 'settings:set', { language: 'es' })).toMatchObject({
      ok: true,
      value: { settings: { language: 'es' } },
    });
    expect(await call(h, 'settings:get')).toMatchObject({
      value: { settings: { language: 'es' } },
    });
  });

  it.each([
    [{ language: 'fr' }, 'language'],
    [{ theme: 'blue' }, 'theme'],
    [{ parallelRuns: 0 }, 'parallelRuns'],
    [{ parallelRuns: 2.5 }, 'parallelRuns'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j, naming the field', async (payload, field) => {
    const result = await call(handlers(), 'settings:set', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain(field);
  });

  it("answers the service's refusal with its code and its message id", async () => {
    const result = await call(handlers(), 'settings:set', { dataFolder: '/tmp/elsewhere' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'read-only', detail: { key: 'settings.folderFixedAtStart', params: {} } },
    });
  });

  it('reports a damaged file through get', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neuron-settings-h-'));
    writeFileSync(join(folder, 'settings.json'), '{ nope');
    const result = await call(handlers(folder), 'settings:get');
    const state = result.ok ? (result.value as SettingsState) : undefined;
    expect(state?.resets[0].reason).toMatch(/not valid JSON/);
  });
});
