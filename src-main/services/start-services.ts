import {
  createEventHub,
  type LabEvents,
  type LabEventSource,
  type LabHandlers,
} from '../contract/handlers';
import type { PdfPrinter } from '../export/report/pdf-printer';
import type { SettingsService } from '../settings/settings-service';
import type { TrainerLauncher } from '../training/trainer-launcher';
import { labHandlers } from './handlers/lab-handlers';
import { openServices, type Services } from './services';

/** What a host brings: where the data is, how trainers start, what it is called. */
export interface ServicesHost {
  /** which host runs the services (the Electron app, or the local host and command line) */
  name: 'electron' | 'local';
  /** the data folder (the database, the journal of unfinished writes) */
  dataDir: string;
  /** the folder holding datasets/ (Electron: process.resourcesPath) */
  resourcesDir?: string;
  launcher: TrainerLauncher;
  appVersion: string;
  /** how this host turns a report into PDF (default: headless Chromium, where installed) */
  printPdf?: PdfPrinter;
  /** where the services' events go; a new hub when the host has none yet */
  events?: LabEvents & LabEventSource;
  maxConcurrent?: number;
  /** the settings, when the host read them first (Electron: they say where the data is) */
  settings?: SettingsService;
}

/** The services of a host and the contract's handlers over them. */
export interface StartedServices {
  services: Services;
  handlers: LabHandlers;
  events: LabEvents & LabEventSource;
}

/**
 * The one way every host starts: opens the services on the data folder (see openServices)
 * and answers every call of the contract with them. The Electron app, the local host and
 * the command line differ only in the host they pass.
 * @throws StoreError when the database cannot be used (its message names the file and what
 *   to do)
 */
export function startServices(host: ServicesHost): StartedServices {
  const events = host.events ?? createEventHub();
  const services = openServices({
    dataDir: host.dataDir,
    resourcesDir: host.resourcesDir,
    launcher: host.launcher,
    events,
    appVersion: host.appVersion,
    maxConcurrent: host.maxConcurrent,
    settings: host.settings,
  });
  const handlers = labHandlers(
    services,
    events,
    { version: host.appVersion, dataDir: host.dataDir, host: host.name },
    { printPdf: host.printPdf },
  );
  return { services, handlers, events };
}
