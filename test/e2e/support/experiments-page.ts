// Moving around the Experiments view, and the finished runs its tests work on.
import { expect, type Locator, type Page } from '@playwright/test';
import { violations } from './axe';
import { call } from './lab-socket';

export const EPOCHS = 40;

/**
 * XOR with three learning rates, run to the end; returns ids and names in rate order.
 * @param nameOf each run's name (by default it names the rate)
 */
export async function threeFinishedRuns(
  page: Page,
  token: string,
  nameOf = (rate: number) => `${token} rate ${rate}`,
) {
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name: 'xor',
    params: {},
  });
  const runs: { id: number; name: string; rate: number; dataset: string }[] = [];
  for (const rate of [0.01, 0.1, 0.5]) {
    const name = nameOf(rate);
    const { experimentId } = await call<{ experimentId: number }>(page, 'runs:start', {
      datasetId: dataset.id,
      spec: {
        inputs: 2,
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      training: {
        loss: 'binary_cross_entropy',
        optimizer: { name: 'adam' },
        learningRate: rate,
        batchSize: 10,
        epochs: EPOCHS,
        shuffle: true,
        seed: 1,
      },
      seed: 1,
      normalize: 'none',
      name,
    });
    runs.push({ id: experimentId, name, rate, dataset: dataset.name });
  }
  for (const run of runs) {
    await expect
      .poll(
        async () =>
          (await call<{ experiment: { status: string } }>(page, 'experiments:get', { id: run.id }))
            .experiment.status,
        { timeout: 60_000 },
      )
      .toBe('done');
  }
  return runs;
}

export async function openExperiments(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Experiments', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Experiments', level: 2 })).toBeFocused();
}

/** Shows only this test's runs (the database is shared with other tests). */
export async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(text);
}

export const rows = (page: Page) => page.locator('tbody[data-run-id]');
export const row = (page: Page, id: number) => page.getByTestId(`run-${id}`);
export const names = (page: Page) => page.getByTestId('run-name').allTextContents();

export async function openDetails(page: Page, id: number): Promise<Locator> {
  const r = row(page, id);
  const toggle = r.getByRole('button', { name: /^Show details of/ });
  if (await toggle.isVisible()) await toggle.click();
  return r;
}

/** The Experiments view's accessibility problems (see support/axe.ts). */
export const axe = (page: Page): Promise<string[]> => violations(page);
