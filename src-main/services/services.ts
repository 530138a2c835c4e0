import type { Store } from '../store/store';
import { openStore } from '../store/store';
import { Supervisor } from '../training/supervisor';
import type { TrainerLauncher } from '../training/trainer-launcher';
import { DatasetService } from './dataset-service';
import { InstanceRegistry } from './instances';
import type { LabEvents } from '../contract/handlers';
import { RunService } from './run-service';
import { UPLOADS_FOLDER, Uploads } from './uploads';
import { PENDING_FOLDER, sweepPendingWrites } from '../export/pending-writes';
import path from 'node:path';
import { SettingsService } from '../settings/settings-service';

/** The journal of a data folder's unfinished writes (see writeFileAtomic). */
export const pendingJournal = (dataDir: string): string => path.join(dataDir, PENDING_FOLDER);

/** Everything behind the window and the command line, wired together. */
export interface Services {
  /** the data folder (the database, the journal of unfinished writes) */
  dataDir: string;
  store: Store;
  supervisor: Supervisor;
  /** files sent in chunks by a window, while they are previewed and imported */
  uploads: Uploads;
  datasets: DatasetService;
  runs: RunService;
  /** the person's settings (settings.json) */
  settings: SettingsService;
  /** what happened at start-up that a person should hear about (a damaged database set
   * aside, runs found interrupted), or undefined */
  notice?: string;
  close(): void;
}

export interface ServicesOptions {
  dataDir: string;
  /** the folder holding datasets/ (Electron: process.resourcesPath) */
  resourcesDir?: string;
  launcher: TrainerLauncher;
  events: LabEvents;
  appVersion: string;
  /** runs trained at once; default: the settings' parallel runs, followed as they change */
  maxConcurrent?: number;
  /** the settings, when the host read them first (Electron: they say where the data is) */
  settings?: SettingsService;
}

/** Opens the store, marks runs a previous session left running as crashed (unless another
 * live process uses the same folder: they may be its runs), and starts the services.
 * @throws StoreError when the database cannot be used */
export function openServices(options: ServicesOptions): Services {
  const store = openStore({ dataDir: options.dataDir });
  const instances = new InstanceRegistry(options.dataDir);
  const othersAlive = instances.enter();
  const interrupted = othersAlive ? [] : store.markInterruptedRuns();
  const settings =
    options.settings ?? new SettingsService({ folder: options.dataDir, host: 'local' });
  const supervisor = new Supervisor({
    launcher: options.launcher,
    maxConcurrent: options.maxConcurrent ?? settings.parallelRuns,
  });
  if (options.maxConcurrent === undefined) {
    settings.onChange(() => supervisor.setMaxConcurrent(settings.parallelRuns));
  }
  const notices = [store.notice, ...settings.state.resets.map((r) => `settings: ${r.reason}`)];
  const swept = sweepPendingWrites(pendingJournal(options.dataDir));
  if (swept.length > 0) {
    notices.push(
      `removed ${swept.length} temporary file(s) an export left when it was stopped: ${swept.join(', ')}`,
    );
  }
  if (interrupted.length > 0) {
    notices.push(
      `${interrupted.length} run(s) interrupted last time are marked crashed and can be resumed`,
    );
  }
  const runs = new RunService(store, supervisor, options.events, options.appVersion);
  const uploads = new Uploads(path.join(options.dataDir, UPLOADS_FOLDER));
  return {
    dataDir: options.dataDir,
    store,
    supervisor,
    datasets: new DatasetService(store, options.resourcesDir),
    runs,
    uploads,
    settings,
    notice: notices.filter(Boolean).join('; ') || undefined,
    close: () => {
      runs.close();
      uploads.close();
      supervisor.shutdown();
      store.close();
      instances.leave();
    },
  };
}
