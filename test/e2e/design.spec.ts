// The Design view against the real local host: a 2-4-1 network by drag and drop and by the
// keyboard alone, undo/redo, problems shown on the blocks, saved designs, "Train this design",
// a perceptron's "Try it", and screenshots in both themes.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { violations } from './support/axe';
import { call } from './support/lab-socket';

test.describe.configure({ timeout: 60_000 });

watchPageProblems();

async function openDesign(page: Page, theme: 'light' | 'dark' = 'light'): Promise<void> {
  // the system's preference: the switch would store the theme in the shared host's settings
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(labUrl());
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Design' })
    .click();
  await expect(page.getByRole('heading', { name: 'Design', level: 2 })).toBeVisible();
}

/** Generates a built-in dataset through the API and chooses it, as the Data view does. */
async function chooseDataset(
  page: Page,
  name: string,
  params: Record<string, number> = {},
): Promise<string> {
  const dataset = await call<{ id: number; name: string }>(page, 'datasets:generate', {
    name,
    params,
  });
  await page.evaluate(async (id) => {
    type Pinia = { _s: Map<string, { chooseDataset(id: number): Promise<boolean> }> };
    type AppEl = { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } };
    const app = (document.querySelector('#app') as unknown as AppEl).__vue_app__;
    const store = app.config.globalProperties.$pinia._s.get('workspace');
    if (!store) throw new Error('the workspace store is not set up');
    if (!(await store.chooseDataset(id))) throw new Error(`could not choose dataset ${id}`);
  }, dataset.id);
  await expect(page.getByTestId('design-data')).toContainText(`Sizes follow ${dataset.name}`);
  return dataset.name;
}

const blocks = (page: Page) => page.getByTestId('design-block');
const palette = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Blocks' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
const summary = (page: Page) => page.getByTestId('design-summary');
const canvasEnd = (page: Page) => page.getByText('Drop a block here to add it at the end');

/** Each block's accessible name, in chain order: the state a person sees. */
async function chain(page: Page): Promise<string[]> {
  return blocks(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

async function setNumber(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

test('designs a 2-4-1 network by drag and drop', async ({ page }) => {
  await openDesign(page);
  await page.getByRole('button', { name: 'Clear canvas' }).click();
  await expect(blocks(page)).toHaveCount(0);
  await expect(page.getByText('The canvas is empty.')).toBeVisible();

  await palette(page, 'Input').dragTo(page.getByTestId('design-canvas'));
  await expect(blocks(page)).toHaveCount(1);
  await palette(page, 'Dense layer').dragTo(canvasEnd(page));
  await palette(page, 'Dense layer').dragTo(canvasEnd(page));
  await expect(blocks(page)).toHaveCount(3);

  // The last dense layer becomes the single sigmoid output.
  await blocks(page).nth(2).click();
  const props = page.getByRole('region', { name: /Properties/ });
  await setNumber(props.getByLabel('Units'), '1');
  await props.getByLabel('Activation').selectOption('sigmoid');
  expect(await chain(page)).toEqual([
    '1. Input: 2 inputs',
    '2. Dense layer: 4 units · tanh',
    '3. Dense layer: 1 unit · sigmoid',
  ]);
  await expect(summary(page)).toHaveText('2-4-1');
  await expect(page.getByTestId('network-diagram')).toHaveAttribute(
    'aria-label',
    'Network 2–4–1: tanh, sigmoid',
  );

  // Dropping onto the first block inserts there: a softmax output first is wrong, and says so.
  await palette(page, 'Softmax output').dragTo(blocks(page).first(), {
    targetPosition: { x: 20, y: 4 },
  });
  await expect(blocks(page).first()).toHaveAttribute('data-kind', 'softmax');
  await expect(blocks(page).first()).toContainText('The softmax output must be the last block.');
  await expect(blocks(page).nth(1)).toHaveAccessibleDescription('The input block must come first.');
  await page.keyboard.press('Control+z');
  await expect(blocks(page)).toHaveCount(3);

  // Dragging a block on the canvas reorders the chain.
  await blocks(page)
    .nth(2)
    .dragTo(blocks(page).first(), { targetPosition: { x: 20, y: 4 } });
  await expect(blocks(page).first()).toHaveAttribute(
    'aria-label',
    '1. Dense layer: 1 unit · sigmoid',
  );
  await expect(blocks(page).nth(1)).toContainText('The input block must come first.');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(summary(page)).toHaveText('2-4-1');
  expect(await chain(page)).toEqual([
    '1. Input: 2 inputs',
    '2. Dense layer: 4 units · tanh',
    '3. Dense layer: 1 unit · sigmoid',
  ]);
});

test('designs a 2-4-1 network with the keyboard only', async ({ page }) => {
  await openDesign(page);
  const clear = page.getByRole('button', { name: 'Clear canvas' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(blocks(page)).toHaveCount(0);

  // Palette buttons add after the selected block (the one just added).
  await palette(page, 'Input').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // Dense layer
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(blocks(page)).toHaveCount(3);
  await expect(summary(page)).toHaveText('2-4-4');

  // Into the canvas: its tab stop is the selected (last added) block.
  await page.keyboard.press('Tab'); // Activation
  await page.keyboard.press('Tab'); // Softmax output
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // the single-unit models
  await page.keyboard.press('Tab');
  await expect(blocks(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(blocks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(blocks(page).nth(2)).toBeFocused();
  await page.keyboard.press('F2');
  const units = page.getByRole('region', { name: /Properties/ }).getByLabel('Units');
  await expect(units).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(summary(page)).toHaveText('2-4-1');

  // Alt+arrows move, Delete removes, and Ctrl+Z brings it back.
  await blocks(page).nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(summary(page)).toHaveText('2-1-4');
  await expect(blocks(page).nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(summary(page)).toHaveText('2-4-1');
  await blocks(page).nth(2).focus();
  await page.keyboard.press('Delete');
  await expect(summary(page)).toHaveText('2-4');
  await page.keyboard.press('Control+z');
  await expect(summary(page)).toHaveText('2-4-1');
  expect(await chain(page)).toEqual([
    '1. Input: 2 inputs',
    '2. Dense layer: 4 units · tanh',
    '3. Dense layer: 1 unit · tanh',
  ]);
});

test('undo and redo return the exact earlier states', async ({ page }) => {
  await openDesign(page);
  await expect(page.getByRole('button', { name: /Undo/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: /Redo/ })).toBeDisabled();
  const states = [await chain(page)];
  await blocks(page).nth(1).click();
  const props = page.getByRole('region', { name: /Properties/ });
  await setNumber(props.getByLabel('Units'), '6');
  states.push(await chain(page));
  await props.getByLabel('Activation').selectOption('leaky_relu');
  await setNumber(props.getByLabel('Negative slope'), '0.2');
  states.push(await chain(page));
  await palette(page, 'Dense layer').click();
  states.push(await chain(page));
  expect(states[3]).toEqual([
    '1. Input: 2 inputs',
    '2. Dense layer: 6 units · leaky ReLU (0.2)',
    '3. Dense layer: 4 units · tanh',
    '4. Dense layer: 1 unit · sigmoid',
  ]);

  await page.keyboard.press('Control+z');
  expect(await chain(page)).toEqual(states[2]);
  await page.keyboard.press('Control+z');
  expect(await chain(page)).toEqual(states[1].map((s) => s.replace('tanh', 'leaky ReLU')));
  await page.keyboard.press('Control+z');
  expect(await chain(page)).toEqual(states[1]);
  await page.keyboard.press('Control+z');
  expect(await chain(page)).toEqual(states[0]);
  await expect(page.getByRole('button', { name: /Undo/ })).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  expect(await chain(page)).toEqual(states[1]);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+Shift+Z');
  await page.keyboard.press('Control+y');
  expect(await chain(page)).toEqual(states[3]);
  await expect(page.getByRole('button', { name: /Redo/ })).toBeDisabled();

  // In a text field, Ctrl+Z is the field's own: the design stays.
  const name = page.getByLabel('Design name');
  await name.fill('abc');
  await name.press('Control+z');
  expect(await chain(page)).toEqual(states[3]);
});

test('an invalid design says what is wrong on the block', async ({ page }) => {
  await openDesign(page);
  await blocks(page).first().click();
  await palette(page, 'Activation').click(); // after the input: nothing to set
  const activation = blocks(page).nth(1);
  await expect(activation).toHaveAttribute('data-kind', 'activation');
  const message =
    'An activation block sets the dense layer just before it: put it right after a dense layer.';
  await expect(activation).toContainText(message);
  await expect(activation).toHaveAccessibleDescription(message);
  await expect(activation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Train this design' })).toHaveCount(0); // no data yet
  await activation.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(blocks(page).nth(2)).toHaveAttribute('data-kind', 'activation');
  await expect(blocks(page).nth(2)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).toHaveText('2-4-1');
  await expect(blocks(page).nth(1)).toHaveAttribute('aria-label', '2. Dense layer: 4 units · tanh');
});

test('saves designs by name, duplicates, renames and deletes them', async ({ page }) => {
  await openDesign(page);
  const name = `Tiny net ${Date.now()}`;
  const saved = page.getByTestId('design-saved-item');
  await expect(page.getByTestId('design-save-state')).toHaveText('Not saved yet');
  await page.getByLabel('Design name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible();
  await expect(saved.filter({ hasText: name })).toContainText('network 2-4-1');
  await expect(page.getByTestId('design-save-state')).toHaveText(`“${name}” · saved`);

  // An edit marks it unsaved; saving again under the same name replaces it.
  await palette(page, 'Dense layer').click();
  await expect(page.getByTestId('design-save-state')).toHaveText(`“${name}” · unsaved changes`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved.filter({ hasText: name }).first()).toContainText('network 2-4-1-4');
  await expect(saved.filter({ hasText: name })).toHaveCount(1);

  await page.getByRole('button', { name: `Duplicate ${name}`, exact: true }).click();
  const copy = `${name} (copy)`;
  await expect(page.getByRole('button', { name: `Open ${copy}`, exact: true })).toBeVisible();

  // A taken name is refused with a clear message.
  await page.getByRole('button', { name: `Rename ${copy}`, exact: true }).click();
  await page.getByLabel(`New name for ${copy}`).fill(name);
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is taken' })).toContainText(
    `The name “${name}” is taken`,
  );
  const renamed = `${name} B`;
  await page.getByLabel(`New name for ${copy}`).fill(renamed);
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('button', { name: `Open ${renamed}`, exact: true })).toBeVisible();

  // Open the original, then delete the copy after confirming.
  await page.getByRole('button', { name: 'New design' }).click();
  await expect(summary(page)).toHaveText('2-4-1');
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect(summary(page)).toHaveText('2-4-1-4');
  await page.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('button', { name: `Open ${renamed}`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: `Open ${renamed}`, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Open ${name}`, exact: true })).toBeVisible();

  // Deleting the open design leaves its blocks, now unsaved (and the lab as it was found).
  await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: `Open ${name}`, exact: true })).toHaveCount(0);
  await expect(page.getByTestId('design-save-state')).toHaveText('Not saved yet');
  await expect(summary(page)).toHaveText('2-4-1-4');
});

test('trains this design in the Train view', async ({ page }) => {
  await openDesign(page);
  await expect(page.getByText(/Training needs data/)).toBeVisible();
  const dataset = await chooseDataset(page, 'xor');
  await expect(summary(page)).toHaveText('2-4-1');
  const caption = page.getByTestId('design-network-caption');
  await expect(caption).toContainText('Initial weights from seed 1');
  await page.getByRole('button', { name: 'Train this design' }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(page.getByText(`2-4-1 network on ${dataset}`)).toBeVisible();
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', /running|done/);

  // Back in Design, the drawing shows the run's weights.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Design' })
    .click();
  await expect(caption).toContainText('Weights at epoch', { timeout: 20_000 });
});

test('a perceptron tries itself on 2-class 2-D data and converges', async ({ page }) => {
  await openDesign(page);
  const dataset = await chooseDataset(page, 'gaussian', { count: 100 });
  await page.getByRole('button', { name: 'Clear canvas' }).click();
  await palette(page, 'Input').click();
  await palette(page, 'Perceptron').click();
  await expect(summary(page)).toHaveText('2-1');
  await expect(page.getByRole('button', { name: 'Train this design' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Try it' }).click();
  await expect(page.getByTestId('design-try-outcome')).toContainText('Converged: epoch');
  await expect(page.getByTestId('design-trial-plot')).toHaveAttribute(
    'aria-label',
    `100 points of ${dataset} in 2 classes (orange 0, blue 1) and 1 learned decision line.`,
  );

  // A perceptron with layers around it is refused on its block.
  await palette(page, 'Dense layer').click();
  await expect(blocks(page).and(page.locator('[data-kind="perceptron"]'))).toContainText(
    'A perceptron is a whole model on its own',
  );
});

for (const theme of ['light', 'dark'] as const) {
  test(`looks right and passes axe in the ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await openDesign(page, theme);
    // A network with one wrong block, so that the problem styling is scanned too.
    await blocks(page).first().click();
    await palette(page, 'Activation').click();
    await expect(blocks(page).nth(1)).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page, 'main')).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/design-network-${theme}.png`,
      fullPage: true,
    });

    await chooseDataset(page, 'gaussian', { count: 60 });
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await palette(page, 'Input').click();
    await palette(page, 'Perceptron').click();
    await page.getByRole('button', { name: 'Try it' }).click();
    await expect(page.getByTestId('design-try-outcome')).toBeVisible();
    expect(await violations(page, 'main')).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/design-unit-${theme}.png`,
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await palette(page, 'Input').click();
    await palette(page, 'McCulloch–Pitts unit').click();
    await page.getByRole('button', { name: 'Try it' }).click();
    await expect(page.getByRole('table', { name: /Truth table/ })).toBeVisible();
    expect(await violations(page, 'main')).toEqual([]);
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await expect(page.getByText('The canvas is empty.')).toBeVisible();
    expect(await violations(page, 'main')).toEqual([]);
    await page.screenshot({
      path: `test-results/screens/design-empty-${theme}.png`,
      fullPage: true,
    });
  });
}
