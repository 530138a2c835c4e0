import type { LabEvents, LabHandlers } from '../../contract/handlers';
import { chromiumPdfPrinter, type PdfPrinter } from '../../export/report/pdf-printer';
import type { Lab } from '../lab';
import { datasetHandlers } from './dataset-handlers';
import { exportHandlers } from './export-handlers';
import { lessonHandlers } from './lesson-handlers';
import { libraryHandlers } from './library-handlers';
import { answer } from './service-errors';
import { fail } from '../../contract/result';
import { storeFault } from '../../store/store-fault';
import { runHandlers } from './run-handlers';
import { settingsHandlers } from '../../settings/settings-handlers';

/** What differs between hosts besides their name. */
export interface HostServices {
  /** how this host turns a report into PDF (default: headless Chromium, where installed) */
  printPdf?: PdfPrinter;
}

/** Every call of the contract, answered by the lab's services. */
export function labHandlers(
  lab: Lab,
  events: LabEvents,
  about: { version: string; dataDir: string; host: 'electron' | 'local' },
  services: HostServices = {},
): LabHandlers {
  return withStoreFaults(lab, {
    'app:info': () => answer(() => ({ ...about, notice: lab.notice })),
    ...datasetHandlers(lab, events),
    ...libraryHandlers(lab),
    ...runHandlers(lab),
    ...exportHandlers(lab, {
      appVersion: about.version,
      printPdf: services.printPdf ?? chromiumPdfPrinter,
    }),
    ...lessonHandlers(lab, { appVersion: about.version }),
    ...settingsHandlers(lab.settings),
  });
}

/**
 * The handlers with a database that fails under them (a full disk, a read-only file) answered
 * 'storage' with a message naming the file or disk and what to do, instead of SQLite's bare
 * "database or disk is full" as an 'internal' error.
 */
function withStoreFaults(lab: Lab, handlers: LabHandlers): LabHandlers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (request: never, context: never) => {
      try {
        return await (handler as (r: never, c: never) => Promise<unknown>)(request, context);
      } catch (error) {
        const fault = storeFault(error, lab.store.file);
        if (fault) return fail('storage', `${name}: ${fault}`);
        throw error;
      }
    };
  }
  return wrapped as LabHandlers;
}
