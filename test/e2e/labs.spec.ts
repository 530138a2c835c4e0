// The Labs view against the real local host: the activation functions lab done the way a
// student does it (wrong, copied and one-click answers failing, the right one passing), its
// numbers compared with the engine's, and screenshots with an accessibility scan of the first
// labs in both themes.
import { expect, test } from './support/lab-test';
import { getActivation } from '../../src-engine/activations/registry';
import { softmax } from '../../src-engine/activations/softmax';
import { watchPageProblems } from './support/lab-page';
import {
  checkFails,
  checkPasses,
  openActivity,
  openLab,
  openLabs,
  lookInBothThemes,
} from './support/labs-page';

test.describe.configure({ timeout: 90_000 });

watchPageProblems();

test('activation functions: engine values, primes inline, leaky ReLU and open ranges; both tasks', async ({
  page,
}) => {
  await openLabs(page);
  await openLab(page, 'Activation functions');
  const errata = page.getByRole('complementary', { name: 'Errata' });
  await expect(errata).toContainText('The correct values are [0.53, 0.19, 0.28]');
  await expect(errata).toContainText('The standard form is');
  await expect(errata).toContainText('Both are open intervals');
  // errata formulas are typeset like the rest of the lab
  await expect(errata.locator('math').first()).toBeVisible();
  // every prime is set inline after its base, never as a superscript (a detached tick)
  const primes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.labs-math math')).flatMap((m) =>
      Array.from(m.querySelectorAll('msup, msubsup'))
        .filter((s) => /[′″]/.test(s.lastElementChild?.textContent ?? ''))
        .map((s) => s.textContent),
    ),
  );
  expect(primes).toEqual([]);
  const prime = page.locator('.labs-math-display mo', { hasText: '′' }).first();
  const base = prime.locator('xpath=preceding-sibling::*[1]');
  const [pb, bb] = [await prime.boundingBox(), await base.boundingBox()];
  // the tick sits beside the letter, its top no higher than a third of the letter above it
  expect(pb!.x).toBeGreaterThanOrEqual(bb!.x + bb!.width - 2);
  expect(pb!.y).toBeGreaterThan(bb!.y - bb!.height / 3);

  // f and f′ at a probed x equal the engine's activation registry
  const fn = page.getByRole('combobox', { name: 'Function' });
  const x = page.getByRole('spinbutton', { name: 'x', exact: true });
  for (const [name, at] of [
    ['sigmoid', 0],
    ['relu', -1.5],
    ['leaky_relu', -3],
  ] as const) {
    await fn.selectOption(name);
    await x.fill(String(at));
    const act = getActivation(name);
    const param = name === 'leaky_relu' ? 0.1 : act.defaultParam;
    await expect(page.getByTestId('labs-act-f')).toHaveText(
      String(Math.round(act.f(at, param) * 1e4) / 1e4),
    );
    await expect(page.getByTestId('labs-act-df')).toHaveText(
      String(Math.round(act.df(at, param) * 1e4) / 1e4),
    );
  }
  // the leaky ReLU the lab states: ax for x < 0 with a = 0.1 gives −0.3 and slope 0.1
  await expect(page.getByTestId('labs-act-f')).toHaveText('-0.3');
  await expect(page.getByTestId('labs-act-df')).toHaveText('0.1');

  // the task: the default (sigmoid at 0), tanh at 0, the copied 0.01 and x = 3.5 fail
  await checkFails(page, 'Show tanh first');
  await fn.selectOption('tanh');
  await x.fill('0');
  await checkFails(page, 'look on the positive side');
  await x.fill('0.01');
  await checkFails(page, 'still above 0.01');
  const slider = page.getByRole('slider', { name: 'x (slider)' });
  await slider.focus();
  for (let i = 0; i < 35; i++) await page.keyboard.press('ArrowRight');
  await expect(x).toHaveValue('3.5');
  await checkFails(page, 'already below 0.01');
  // tanh′(x) = 1 − tanh(x)² = 0.01 where tanh(x) = √0.99
  await x.fill(Math.atanh(Math.sqrt(0.99)).toFixed(2));
  await checkPasses(page);

  await openActivity(page, 'Softmax');
  const shown = page.getByTestId('labs-softmax-p');
  const z3 = page.getByRole('spinbutton', { name: 'Score z3' });
  await z3.fill('0.98');
  const engine = Array.from(softmax([1.6, 0.55, 0.98]), (p) => p.toFixed(2));
  expect(engine).toEqual(['0.53', '0.19', '0.28']);
  await expect(shown).toHaveText(engine);
  await expect(page.getByTestId('labs-softmax-sum')).toHaveText('1.00');
  await checkFails(page, 'the target is [0.51, 0.18, 0.31]');
  // the slide's 0.31 copied into z3, and a guess
  await z3.fill('0.31');
  await checkFails(page);
  await z3.fill('1');
  await checkFails(page);
  // worked out: z3 = z1 + ln(a3/a1)
  await z3.fill((1.6 + Math.log(0.31 / 0.51)).toFixed(2));
  await expect(shown).toHaveText(Array.from(softmax([1.6, 0.55, 1.1]), (p) => p.toFixed(2)));
  await expect(shown).toHaveText(['0.51', '0.18', '0.31']);
  await checkPasses(page);
});

test('screenshots and accessibility of the unit and activation labs, light and dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  test.setTimeout(150_000); // both themes, each with its screenshots and scans
  await openLabs(page);
  await openLab(page, 'The McCulloch–Pitts neuron');
  await openActivity(page, 'A two-unit network');
  expect(await lookInBothThemes(page, 'mcculloch-pitts'), 'mcculloch-pitts').toEqual([]);

  await openLab(page, 'The perceptron');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await lookInBothThemes(page, 'perceptron'), 'perceptron').toEqual([]);

  await openLab(page, 'Adaline beside the perceptron');
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  expect(await lookInBothThemes(page, 'adaline'), 'adaline').toEqual([]);
  await openActivity(page, 'A MADALINE where one unit fails');
  await page.getByRole('button', { name: 'Train until no mistake' }).click();
  await page.getByRole('button', { name: 'Show the OR' }).click();
  expect(await lookInBothThemes(page, 'madaline'), 'madaline').toEqual([]);

  await openLab(page, "Minsky and Papert's XOR");
  await page.getByRole('button', { name: 'Run 1 epoch' }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await lookInBothThemes(page, 'xor-perceptron'), 'xor-perceptron').toEqual([]);
  await openActivity(page, "The lecture's two-layer network");
  expect(await lookInBothThemes(page, 'xor-hand-set'), 'xor-hand-set').toEqual([]);
  await openActivity(page, 'A trained 2-2-1 network');
  await page.getByRole('button', { name: /^Train \d+ epochs$/ }).click();
  expect(await lookInBothThemes(page, 'xor-trained'), 'xor-trained').toEqual([]);

  await openLab(page, 'Activation functions');
  await page.getByRole('spinbutton', { name: 'x', exact: true }).fill('1.5');
  expect(await lookInBothThemes(page, 'activation-functions'), 'activation-functions').toEqual([]);
  await openActivity(page, 'Softmax');
  expect(await lookInBothThemes(page, 'softmax'), 'softmax').toEqual([]);
});
