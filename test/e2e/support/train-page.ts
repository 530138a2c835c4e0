// Setting up the Train view the way a design or the Welcome view does, for tests that need a
// particular network on particular data without clicking through Design.
import type { Page } from '@playwright/test';
import { call } from './lab-socket';

/** Hands a setup to the Train store as a design would, then shows Train. */
export async function prepareTrain(page: Page, setup: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (setup) => {
    type Pinia = { _s: Map<string, { prepare(setup: unknown): Promise<void> }> };
    type AppEl = { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } };
    const app = (document.querySelector('#app') as unknown as AppEl).__vue_app__;
    const store = app.config.globalProperties.$pinia._s.get('train');
    if (!store) throw new Error('the train store is not set up');
    await store.prepare(setup);
  }, setup);
  // the navigation in whichever language the page speaks (English, or Spanish with ?lang=es)
  await page
    .getByRole('navigation', { name: /^(Views|Vistas)$/ })
    .getByRole('button', { name: /^(Train|Entrenar)$/ })
    .click();
}

/** What differs between tests on TensorFlow Playground's setup. */
export interface PlaygroundChoice {
  noise: number;
  /** units of each hidden tanh layer */
  hidden: number[];
  epochs: number;
  keepRunning?: boolean;
}

/**
 * TensorFlow Playground's setup in Train: a 500-point spiral, half for training, tanh hidden
 * layers and a sigmoid output, plain SGD at 0.03, batches of 10, raw inputs.
 */
export async function preparePlaygroundTrain(page: Page, choice: PlaygroundChoice): Promise<void> {
  const dataset = await call<{ id: number; name: string; source: string }>(
    page,
    'datasets:generate',
    {
      name: 'spiral',
      params: { count: 500, noise: choice.noise },
      split: { train: 0.5, validation: 0, test: 0.5 },
    },
  );
  await prepareTrain(page, {
    datasetId: dataset.id,
    datasetName: dataset.name,
    // as the views hand it on: the stored dataset, named in the reader's language
    datasetOrigin: dataset,
    spec: {
      inputs: 2,
      layers: [
        ...choice.hidden.map((units) => ({ units, activation: 'tanh' })),
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd', momentum: 0 },
      learningRate: 0.03,
      batchSize: 10,
      epochs: choice.epochs,
      ...(choice.keepRunning ? { keepRunning: true } : {}),
      shuffle: true,
      seed: 1,
    },
    seed: 1,
    normalize: 'none',
  });
}
