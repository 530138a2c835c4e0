/** The `settings:*` calls, answered by the settings service. */
import type { Handler } from '../contract/handlers';
import { fail, ok } from '../contract/result';
import { SettingsError } from './settings-error';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): {
  'settings:get': Handler<'settings:get'>;
  'settings:set': Handler<'settings:set'>;
} {
  return {
    'settings:get': async () => ok(settings.state),
    'settings:set': async (change) => {
      try {
        return ok(await settings.set(change));
      } catch (error) {
        if (error instanceof SettingsError) return fail(error.code, error.message, error.detail);
        throw error;
      }
    },
  };
}
