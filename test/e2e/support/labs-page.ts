// Moving around the Labs view the way a student does.
import { expect, type Page } from '@playwright/test';
import { goToView, labUrl } from './lab-page';

export type Theme = 'light' | 'dark';

/** Loads the lab in `theme` and shows the Labs view. */
export async function openLabs(page: Page, theme: Theme = 'light'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('neuron-lab.theme', t), theme);
  await page.goto(labUrl());
  await goToView(page, 'Labs');
}

/** Opens a lab by its title from the list. */
export async function openLab(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: "Labs in the lecture's order" })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
}

/** Opens one activity of the open lab by its title. */
export async function openActivity(page: Page, title: string): Promise<void> {
  await page
    .locator('.labs-activities-nav')
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
}

/** Presses Check and expects the task to pass. */
export async function checkPasses(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('labs-check-result');
  await expect(result).toHaveAttribute('data-passed', 'true');
  await expect(result).toContainText('Passed.');
}
