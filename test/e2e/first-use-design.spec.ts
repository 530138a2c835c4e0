// What a new user tripped over in the Design view (issue 16): Ctrl+Z after typing in Units is
// one undo step with field and block in step, Units refuses non-integers at the field, and
// "Clear canvas" by keyboard leaves the focus on Undo rather than the page body.
import { expect, test } from './support/lab-test';
import { goToView, labUrl, watchPageProblems } from './support/lab-page';

watchPageProblems();

test('Units: one edit is one undo step, non-integers refused; Clear canvas keeps focus', async ({
  page,
}) => {
  await page.goto(labUrl());
  await goToView(page, 'Design');
  const summary = page.getByTestId('design-summary');
  const block = page.getByTestId('design-block').nth(1);
  await block.click();
  const units = page.getByRole('region', { name: /Properties/ }).getByLabel('Units');
  const before = await summary.textContent();
  const unitsBefore = await units.inputValue();
  expect(unitsBefore).toMatch(/^\d+$/);

  // Typed, not yet committed, then Ctrl+Z: the design's undo takes that very edit back.
  await units.fill('7');
  await units.press('Control+z');
  await expect(units).toHaveValue(unitsBefore);
  await expect(summary).toHaveText(before!);
  await units.press('Tab'); // leaving the field commits nothing more
  await expect(summary).toHaveText(before!);
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(summary).toContainText('-7');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(summary).toHaveText(before!);
  await expect(units).toHaveValue(unitsBefore);
  await expect(page.getByRole('button', { name: /Undo/ })).toBeDisabled();

  // A non-integer or an empty field is refused and said; field and block keep the old value.
  await units.fill('2.5');
  await units.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'not a whole number' })).toHaveText(
    `“2.5” is not a whole number: Units stays ${unitsBefore}.`,
  );
  await expect(units).toHaveValue(unitsBefore);
  await expect(units).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('region', { name: /Properties/ }).screenshot({
    path: 'test-results/screens/first-use-design-refused.png',
  });
  await units.fill('');
  await units.press('Enter');
  await expect(units).toHaveValue(unitsBefore);
  await expect(summary).toHaveText(before!);
  await expect(summary).not.toContainText('NaN');
  await expect(block).not.toHaveAttribute('aria-label', /NaN/);
  await units.fill('3');
  await units.press('Enter');
  await expect(units).not.toHaveAttribute('aria-invalid', 'true');
  await expect(block).toHaveAttribute('aria-label', /3 units/);

  // Clear canvas by the keyboard: the focus goes to Undo, which brings the blocks back.
  await page.getByRole('button', { name: 'Clear canvas' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('design-block')).toHaveCount(0);
  const undo = page.getByRole('button', { name: /Undo/ });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('design-block').nth(1)).toHaveAttribute('aria-label', /3 units/);
});
