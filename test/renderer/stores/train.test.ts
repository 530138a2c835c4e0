// The Train store against a stand-in lab client: what starting, pausing, stepping, ending and
// resetting a live run send and show, and what opening a stored run while a live one trains
// does to it — one run on screen at a time, never a mix of two.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainSetup } from '../../../src-renderer/train/train-setup';
import { answers, calls, callsOf, emit, resetFake } from './fake-lab-client';

vi.mock('../../../src-renderer/api', async () => (await import('./fake-lab-client')).apiModule());

const { useTrainStore } = await import('../../../src-renderer/stores/train');

const ok = (value: unknown) => ({ ok: true, value });

const SETUP: TrainSetup = {
  datasetId: 4,
  datasetName: 'iris',
  spec: { inputs: 4, layers: [{ units: 3, activation: 'softmax' }] },
  training: {
    loss: 'cross_entropy',
    optimizer: { name: 'sgd', momentum: 0 },
    learningRate: 0.5,
    batchSize: 10,
    epochs: 20,
    shuffle: true,
    seed: 1,
  },
  seed: 7,
  normalize: 'standard',
};

const datasetAnswer = (id: number) =>
  ok({
    dataset: { id, name: `dataset ${id}`, source: 'file:data.csv' },
    firstRows: { x: new Float32Array(4), labels: null, rows: 1, parts: null },
  });

/** A stored run (experiments:get) of dataset 4, ended `done` after 12 epochs. */
function storedAnswer(id: number) {
  const epochs = Float64Array.from({ length: 12 }, (_, i) => i + 1);
  const values = epochs.map((e) => 1 / e);
  return ok({
    experiment: {
      id,
      name: `run ${id}`,
      datasetId: 4,
      status: 'done',
      reason: null,
      epochsDone: 12,
      startedAt: 1_000,
      finishedAt: 5_000,
      config: { ...SETUP, training: { ...SETUP.training, epochs: 12 } },
    },
    curves: {
      epoch: epochs,
      loss: values,
      validationLoss: values,
      accuracy: values,
      validationAccuracy: values,
      learningRate: values,
    },
  });
}

/** A live run's status, as its trainer reports it. */
const status = (experimentId: number, next: string, epoch = 0) =>
  emit('runs:status', {
    experimentId,
    status: next,
    at: { epoch, batch: 0, batchesPerEpoch: 4, step: epoch * 4 },
  });

/** This test's live run: a new id each test, as the page's event router outlives the store
 * and keeps a run's early events for whoever follows it later. */
let runId = 30;

beforeEach(() => {
  runId++;
  setActivePinia(createPinia());
  resetFake();
  Object.assign(answers, {
    'datasets:get': (p: { id: number }) => datasetAnswer(p.id),
    'runs:start': () => ok({ experimentId: runId }),
    'runs:control': () => ok(null),
    'runs:setLearningRate': () => ok(null),
    'experiments:get': (p: { id: number }) => storedAnswer(p.id),
  });
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
});

afterEach(async () => {
  // the page's router of run events outlives each test's store: forget the test's run
  await useTrainStore().reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A store with SETUP prepared. */
async function prepared() {
  const train = useTrainStore();
  await train.prepare(SETUP);
  calls.length = 0;
  return train;
}

describe('starting a run', () => {
  it('sends the setup with the chosen seed and pace, shows queued until it has an id', async () => {
    const train = await prepared();
    await train.setPace(5);
    let answer!: (value: unknown) => void;
    answers['runs:start'] = () => new Promise((resolve) => (answer = resolve));
    const playing = train.play();
    expect(train.status).toBe('queued');
    expect(train.isActive).toBe(true);
    answer(ok({ experimentId: runId }));
    expect(await playing).toBe(true);

    const [request] = callsOf('runs:start');
    expect(request).toMatchObject({
      datasetId: 4,
      seed: 7,
      normalize: 'standard',
      epochsPerSecond: 5,
      training: { learningRate: 0.5, epochs: 20, seed: 7 },
    });
    expect(train.experimentId).toBe(runId);
    expect(train.opened).toBe(false);

    status(runId, 'running', 3);
    status(runId + 1000, 'paused', 9); // another run's report changes nothing here
    expect(train.status).toBe('running');
    expect(train.epochsDone).toBe(3);
  });

  it('does not start a second run, nor one whose settings hold invalid text', async () => {
    const train = await prepared();
    train.setSettingProblem('learning-rate', 'not a number');
    expect(await train.play()).toBe(false);
    train.setSettingProblem('learning-rate', null);
    expect(await train.play()).toBe(true);
    expect(await train.play()).toBe(false);
    expect(callsOf('runs:start')).toHaveLength(1);
  });

  it('says why a start was refused and shows no run', async () => {
    const train = await prepared();
    answers['runs:start'] = () => ({ ok: false, error: { code: 'busy', message: 'too many' } });
    expect(await train.play()).toBe(false);
    expect(train.actionError).toBe('Could not start: too many');
    expect(train.status).toBeNull();
    expect(train.isActive).toBe(false);
  });
});

describe('controlling a live run', () => {
  it('pauses and resumes the shown run, leaving paused time out of the elapsed time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    const train = await prepared();
    await train.play();
    status(runId, 'running');
    vi.setSystemTime(12_000);
    await train.pause();
    expect(callsOf('runs:control')).toEqual([{ experimentId: runId, action: 'pause' }]);
    status(runId, 'paused', 2);
    await Promise.resolve(); // the store's watch on the status runs
    vi.setSystemTime(20_000);
    expect(train.status).toBe('paused');
    expect(train.elapsedMillis()).toBe(2_000);
    await train.resume();
    status(runId, 'running', 2);
    await Promise.resolve();
    vi.setSystemTime(21_000);
    expect(train.elapsedMillis()).toBe(3_000);
    expect(callsOf('runs:control').map((c) => c.action)).toEqual(['pause', 'resume']);
  });

  it('steps from the very first batch: starts paused, then asks for one batch', async () => {
    const train = await prepared();
    await train.step('batch');
    expect(callsOf('runs:start')[0]).toMatchObject({ startPaused: true });
    expect(callsOf('runs:control')).toEqual([{ experimentId: runId, action: 'step-batch' }]);
  });

  it('sets the learning rate for the next run, and for the running one at once', async () => {
    const train = await prepared();
    await train.setLearningRate(0.05);
    expect(callsOf('runs:setLearningRate')).toEqual([]);
    await train.play();
    status(runId, 'running');
    await train.setLearningRate(0.2);
    expect(callsOf('runs:setLearningRate')).toEqual([{ experimentId: runId, rate: 0.2 }]);
    expect(callsOf('runs:start')[0]).toMatchObject({ training: { learningRate: 0.05 } });
  });
});

describe('a run ending', () => {
  it('is finished, keeps its numbers, loads its results and takes no more controls', async () => {
    const train = await prepared();
    await train.play();
    status(runId, 'running', 19);
    status(runId, 'done', 20);
    expect(train.status).toBe('done');
    expect(train.isFinished).toBe(true);
    expect(train.isActive).toBe(false);
    expect(train.epochsDone).toBe(20);
    expect(callsOf('experiments:evaluate')).toEqual([{ id: runId }]);
    calls.length = 0;
    await train.pause();
    await train.stop();
    expect(callsOf('runs:control')).toEqual([]);
  });

  it('even before its start is answered (a tiny run): its end is taken, its results loaded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    const train = await prepared();
    answers['runs:start'] = () => {
      // the trainer's reports overtake the reply that names the run
      status(runId, 'running', 0);
      status(runId, 'done', 20);
      return ok({ experimentId: runId });
    };
    expect(await train.play()).toBe(true);
    expect(train.status).toBe('done');
    expect(callsOf('experiments:evaluate')).toEqual([{ id: runId }]);
    vi.setSystemTime(60_000);
    expect(train.elapsedMillis()).toBe(0);
  });

  it('reset stops a running run and forgets it, keeping the setup', async () => {
    const train = await prepared();
    await train.play();
    status(runId, 'running', 2);
    await train.reset();
    expect(callsOf('runs:control')).toEqual([{ experimentId: runId, action: 'stop' }]);
    expect(train.status).toBeNull();
    expect(train.experimentId).toBeNull();
    expect(train.setup?.datasetId).toBe(4);
    status(runId, 'stopped', 2); // the old run's last word is not shown
    expect(train.status).toBeNull();
  });
});

describe('opening a stored run', () => {
  it('while a live one trains: stops the live one and shows only the stored one', async () => {
    const train = await prepared();
    await train.play();
    status(runId, 'running', 5);
    await train.openExperiment(8);

    expect(callsOf('runs:control')).toEqual([{ experimentId: runId, action: 'stop' }]);
    expect(train.opened).toBe(true);
    expect(train.openedName).toBe('run 8');
    expect(train.experimentId).toBe(8);
    expect(train.status).toBe('done');
    expect(train.epochsDone).toBe(12);
    expect(train.totalEpochs).toBe(12);
    expect(train.getSeries().loss).toHaveLength(12);
    expect(train.position).toBeNull();

    // the live run's later reports reach nobody (its results would replace the stored
    // run's); a stored run takes no controls
    calls.length = 0;
    status(runId, 'stopped', 6);
    expect(train.status).toBe('done');
    expect(callsOf('experiments:evaluate')).toEqual([]);
    await train.pause();
    expect(callsOf('runs:control')).toEqual([]);
  });

  it('and then playing shows the new live run, no longer the stored one', async () => {
    const train = await prepared();
    await train.openExperiment(8);
    answers['runs:start'] = () => ok({ experimentId: runId + 500 });
    expect(await train.play()).toBe(true);
    expect(train.opened).toBe(false);
    expect(train.openedName).toBeNull();
    expect(train.experimentId).toBe(runId + 500);
    expect(train.status).toBe('queued');
    expect(train.getSeries().loss).toHaveLength(0);
  });

  it('that cannot be read says so and shows no run', async () => {
    const train = await prepared();
    answers['experiments:get'] = () => ({ ok: false, error: { code: 'gone', message: 'no row' } });
    await train.openExperiment(99);
    expect(train.loadError).toBe('Could not open experiment 99: no row');
    expect(train.opened).toBe(false);
    expect(train.status).toBeNull();
  });
});
