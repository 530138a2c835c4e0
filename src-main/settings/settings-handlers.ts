/** The `settings:*` calls, answered by the settings service; its refusals are SettingsErrors,
 * which dispatch answers with their code, message and detail like every ServiceError. */
import type { Handler } from '../contract/handlers';
import { ok } from '../contract/result';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): {
  'settings:get': Handler<'settings:get'>;
  'settings:set': Handler<'settings:set'>;
} {
  return {
    'settings:get': async () => ok(settings.state),
    'settings:set': async (change) => ok(await settings.set(change)),
  };
}
