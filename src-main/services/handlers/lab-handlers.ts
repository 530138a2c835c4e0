import type { LabEvents, LabHandlers } from '../../contract/handlers';
import { chromiumPdfPrinter, type PdfPrinter } from '../../export/report/pdf-printer';
import type { Services } from '../services';
import { datasetHandlers } from './dataset-handlers';
import { exportHandlers } from './export-handlers';
import { lessonHandlers } from './lesson-handlers';
import { libraryHandlers } from './library-handlers';
import { answer } from './answer';
import { fail } from '../../contract/result';
import { StoreError } from '../../store/store-error';
import { storeFault } from '../../store/store-fault';
import { runHandlers } from './run-handlers';
import { settingsHandlers } from '../../settings/settings-handlers';

/** What differs between hosts besides their name. */
export interface HostServices {
  /** how this host turns a report into PDF (default: headless Chromium, where installed) */
  printPdf?: PdfPrinter;
}

/** Every call of the contract, answered by the services. */
export function labHandlers(
  services: Services,
  events: LabEvents,
  about: { version: string; dataDir: string; host: 'electron' | 'local' },
  hostServices: HostServices = {},
): LabHandlers {
  return withStoreFaults(services, {
    'app:info': () => answer(() => ({ ...about, notice: services.notice })),
    ...datasetHandlers(services, events),
    ...libraryHandlers(services),
    ...runHandlers(services),
    ...exportHandlers(services, {
      appVersion: about.version,
      printPdf: hostServices.printPdf ?? chromiumPdfPrinter,
    }),
    ...lessonHandlers(services, { appVersion: about.version }),
    // the desktop app replaces this with its native dialog (src-main/electron/lesson-dialog.ts);
    // a browser gives no file paths, so there the page keeps its own file input
    'lessons:openDialog': async () =>
      fail('unavailable', 'lessons:openDialog: only the desktop app has an open dialog'),
    ...settingsHandlers(services.settings),
  });
}

/**
 * The handlers with a database that fails under them (a full disk, a read-only file) raising
 * a StoreError 'storage' with a message naming the file or disk and what to do, instead of
 * SQLite's bare "database or disk is full" as an 'internal' error. Only here is the database
 * file known; `dispatch` answers the StoreError like any other ServiceError.
 */
function withStoreFaults(services: Services, handlers: LabHandlers): LabHandlers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (request: never, context: never) => {
      try {
        return await (handler as (r: never, c: never) => Promise<unknown>)(request, context);
      } catch (error) {
        const fault = storeFault(error, services.store.file);
        if (fault) throw new StoreError('storage', `${name}: ${fault.message}`, fault.detail);
        throw error;
      }
    };
  }
  return wrapped as LabHandlers;
}
