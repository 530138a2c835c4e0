import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../src-main/contract/dispatch';
import type { LabEvent, LabHandlers } from '../../../src-main/contract/handlers';
import { createEventHub } from '../../../src-main/contract/handlers';
import type { TrainConfig } from '../../../src-engine/train/config';
import { labHandlers } from '../../../src-main/services/handlers/lab-handlers';
import { openServices, type Services } from '../../../src-main/services/services';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../../scripts/lib/trainer-bundle.mjs';

/** A lab in a fresh folder with real trainer processes, reached through the contract. */
export interface LabFixture {
  lab: Services;
  /** every event the lab emitted, in order */
  seen: LabEvent[];
  /** a call as it arrives from a window: by name, with an unchecked payload */
  call(name: string, payload?: unknown): ReturnType<typeof dispatch>;
  /** the call's value. @throws when it failed, with its code and message */
  value<T>(name: string, payload?: unknown): Promise<T>;
  close(): void;
}

export function openLabFixture(): LabFixture {
  const hub = createEventHub();
  const seen: LabEvent[] = [];
  hub.subscribe((event) => seen.push(event));
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-lab-fixture-'));
  const lab = openServices({
    dataDir,
    launcher: forkLauncher(bundledTrainer()),
    events: hub,
    appVersion: '0.1.0',
  });
  const handlers: LabHandlers = labHandlers(lab, hub, {
    version: '0.1.0',
    dataDir,
    host: 'local',
  });
  const call = (name: string, payload?: unknown) =>
    dispatch(handlers, name, payload, { host: 'local' });
  return {
    lab,
    seen,
    call,
    async value<T>(name: string, payload?: unknown): Promise<T> {
      const result = await call(name, payload);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    close: () => lab.close(),
  };
}

/** Training settings for tests: full-batch-ish Adam, no shuffling surprises. */
export function training(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return {
    loss: 'cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: 0.05,
    batchSize: 32,
    epochs: 50,
    shuffle: true,
    seed: 1,
    ...overrides,
  };
}
