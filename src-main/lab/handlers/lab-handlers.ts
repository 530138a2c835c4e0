import type { LabEvents, LabHandlers } from '../../contract/handlers';
import { chromiumPdfPrinter, type PdfPrinter } from '../../export/report/pdf-printer';
import type { Lab } from '../lab';
import { datasetHandlers } from './dataset-handlers';
import { exportHandlers } from './export-handlers';
import { lessonHandlers } from './lesson-handlers';
import { libraryHandlers } from './library-handlers';
import { answer } from './service-errors';
import { runHandlers } from './run-handlers';

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
  return {
    'app:info': () => answer(() => ({ ...about, notice: lab.notice })),
    ...datasetHandlers(lab, events),
    ...libraryHandlers(lab),
    ...runHandlers(lab),
    ...exportHandlers(lab, {
      appVersion: about.version,
      printPdf: services.printPdf ?? chromiumPdfPrinter,
    }),
    ...lessonHandlers(lab, { appVersion: about.version }),
  };
}
