import type { LabEvents, LabHandlers } from '../../contract/handlers';
import type { Lab } from '../lab';
import { datasetHandlers } from './dataset-handlers';
import { libraryHandlers } from './library-handlers';
import { answer } from './service-errors';
import { runHandlers } from './run-handlers';

/** Every call of the contract, answered by the lab's services. */
export function labHandlers(
  lab: Lab,
  events: LabEvents,
  about: { version: string; dataDir: string; host: 'electron' | 'local' },
): LabHandlers {
  return {
    'app:info': () => answer(() => ({ ...about, notice: lab.notice })),
    ...datasetHandlers(lab, events),
    ...libraryHandlers(lab),
    ...runHandlers(lab),
  };
}
