/**
 * A lab in a fresh folder for the attack suites: the real services, store and handlers, with
 * a few records to aim at (a dataset, a design, a finished experiment with its model), behind
 * a real local host. Trainers are stand-ins that end at once (runs are attacked elsewhere) and
 * PDF printing is refused (no browser is started per fuzzed request).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../../src-engine/network/network';
import { toModelFile } from '../../src-engine/serialize/model-format';
import { createEventHub, type LabHandlers } from '../../src-main/contract/handlers';
import { dispatch } from '../../src-main/contract/dispatch';
import { ExportError } from '../../src-main/export/export-error';
import { labHandlers } from '../../src-main/services/handlers/lab-handlers';
import { openServices, type Services } from '../../src-main/services/services';
import { createLocalHost, type LocalHost } from '../../src-main/local-host/server';
import type { TrainerLauncher } from '../../src-main/training/trainer-launcher';

/** A trainer that is gone as soon as it starts: the run ends 'crashed'. */
export const vanishingTrainer: TrainerLauncher = () => {
  let exited: ((exit: { kind: 'crashed'; code: number; signal: null }) => void) | undefined;
  setImmediate(() => exited?.({ kind: 'crashed', code: 1, signal: null }));
  return {
    pid: undefined,
    send: () => undefined,
    onMessage: () => undefined,
    onExit: (listener) => void (exited = listener),
    close: () => undefined,
    kill: () => undefined,
  };
};

export interface FuzzLab {
  lab: Services;
  handlers: LabHandlers;
  host: LocalHost;
  dataDir: string;
  close(): Promise<void>;
}

/** Opens the lab, stores its records and serves it. */
export async function openFuzzLab(): Promise<FuzzLab> {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-lab-fuzz-'));
  const staticDir = join(dataDir, 'renderer');
  const events = createEventHub();
  const lab = openServices({ dataDir, launcher: vanishingTrainer, events, appVersion: '0.0.0' });
  const handlers = labHandlers(
    lab,
    events,
    { version: '0.0.0', dataDir, host: 'local' },
    {
      printPdf: async () => {
        throw new ExportError('unavailable', 'no PDF in the fuzz lab');
      },
    },
  );
  const must = async (name: string, payload: unknown) => {
    const result = await dispatch(handlers, name, payload, { host: 'local' });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  };
  await must('datasets:generate', { name: 'xor' });
  await must('designs:save', {
    name: 'small',
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
  });
  const model = toModelFile(
    new Network({
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    }),
  );
  await must('models:import', {
    fileName: 'm.json',
    bytes: new TextEncoder().encode(JSON.stringify(model)),
    datasetId: 1,
  });
  await import('node:fs/promises').then((fs) => fs.mkdir(staticDir, { recursive: true }));
  writeFileSync(join(staticDir, 'index.html'), '<title>Neuron Lab</title>');
  const host = await createLocalHost({ handlers, events, staticDir });
  return {
    lab,
    handlers,
    host,
    dataDir,
    close: async () => {
      await host.close();
      lab.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
