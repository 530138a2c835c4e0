// What a new user tripped over on the Welcome page and by keyboard (issue 16): dataset rows
// that did nothing, the XOR blurb, Space on Play, no skip link, no shortcuts for Play/Pause
// and the views, and no list of shortcuts.
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { violations } from './support/axe';

watchPageProblems();

test('Welcome: a dataset row opens it in Data; the XOR blurb says four quadrants', async ({
  page,
}) => {
  await page.goto(labUrl());
  const intro = page.getByRole('region', { name: 'Start with XOR' });
  await expect(intro).toContainText('four quadrants');
  await expect(intro).not.toContainText('clouds');
  await page.getByRole('button', { name: 'Open Moons in Data' }).click();
  await expect(page.getByRole('heading', { name: 'Data', level: 2 })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('moons');
  await expect(page.getByTestId('builtin-shape')).toContainText('2 classes');
});

test('skip link, Ctrl+1…6, the ? list, Space on Play and Space for Play/Pause in Train', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(labUrl());
  await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toBeVisible();
  // The first tab stop skips the top bar and the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the view' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/first-use-skip-link.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toBeFocused();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(1);

  // Ctrl+1…6 show the views in navigation order.
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeFocused();
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { name: 'Labs', level: 2 })).toBeFocused();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Welcome to Neuron Lab' })).toBeFocused();

  // "?" lists the shortcuts; Escape closes the list.
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Ctrl\+4 Show Train/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Space Train: Play, Pause/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/first-use-shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Space on Play: the focus moves on to Pause (Play disables itself).
  await page.getByRole('button', { name: 'Try XOR' }).click();
  await expect(page.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('100000');
  const play = page.getByRole('button', { name: /Play/ });
  await play.focus();
  await page.keyboard.press('Space');
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await expect(pause).toBeFocused();
  await expect(pause).toBeEnabled();
  // Space away from any control: pause, then resume.
  await page.getByRole('heading', { name: 'Train', level: 2 }).focus();
  await page.keyboard.press('Space');
  const resume = page.getByRole('button', { name: /Resume/ });
  await expect(resume).toBeVisible();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('Space');
  await expect(pause).toBeVisible();
  // running again, or back to waiting when the suite's other runs hold every slot
  await expect(page.getByTestId('train-status')).toHaveAttribute(
    'data-status',
    /^(running|queued)$/,
  );
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'stopped');
});
