// Teacher mode and progress against the real local host: progress kept by the backend (and the
// old localStorage progress uploaded once), the report for the teacher, a lab duplicated, edited
// (title, a locked control) and saved, taking effect in student mode, then a lesson exported,
// the lab deleted, the lesson imported back, and a second import asking before it overwrites.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/lab-test';
import { watchPageProblems } from './support/lab-page';
import { type Theme, openLabs } from './support/labs-page';

test.describe.configure({ timeout: 120_000, mode: 'serial' });

watchPageProblems();

const labList = (page: Page) =>
  page.getByRole('navigation', { name: "Labs in the lecture's order" });

async function openLab(page: Page, title: string | RegExp): Promise<void> {
  await labList(page).getByRole('button', { name: title }).click();
}

async function axeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

/** Screenshots in both themes (the system's preference: the switch would store the theme in
 * the shared host's settings), each scanned by axe. */
async function screensAndAxe(page: Page, what: string): Promise<void> {
  for (const theme of ['dark', 'light'] as Theme[]) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({
      path: `test-results/screens/labs-teacher-${what}-${theme}.png`,
      fullPage: true,
    });
    await axeClean(page);
  }
}

async function teacherMode(page: Page, on: boolean): Promise<void> {
  const sw = page.getByRole('switch', { name: 'Teacher mode' });
  if ((await sw.isChecked()) !== on) await sw.click();
  await expect(sw).toBeChecked({ checked: on });
}

test('progress is kept by the backend, and the report lists it', async ({ page }) => {
  await openLabs(page);
  await openLab(page, /The McCulloch–Pitts neuron/);
  const tab = (name: RegExp) =>
    page.getByRole('navigation', { name: /^Activities of / }).getByRole('button', { name });

  // AND done the way a student does it
  await tab(/^1\. AND/).click();
  await page.getByRole('spinbutton', { name: 'Threshold of unit c' }).fill('3');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('labs-check-result')).toHaveAttribute('data-passed', 'true');
  await expect(tab(/^1\. AND.*\(done\)/)).toBeVisible();
  await page.waitForTimeout(500); // the save is one local round trip

  // nothing of it lives in the browser: cleared storage, reloaded, still there
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Labs' })
    .click();
  await openLab(page, /The McCulloch–Pitts neuron/);
  await expect(tab(/^1\. AND.*\(done\)/)).toBeVisible();
  // the answer came back too: the threshold the student set
  await tab(/^1\. AND/).click();
  await expect(page.getByRole('spinbutton', { name: 'Threshold of unit c' })).toHaveValue('3');

  // the report for the teacher: HTML and Markdown, the done tasks listed
  const report = page.getByRole('form', { name: 'Report for the teacher' });
  await report.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ada Lovelace');
  const downloads: { name: string; text: string }[] = [];
  page.on('download', async (d) => {
    downloads.push({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') });
  });
  await report.getByRole('button', { name: 'Report for the teacher' }).click();
  await expect(report.getByRole('status')).toContainText(
    /Report downloaded: \d+ of \d+ tasks done/,
  );
  await expect.poll(() => downloads.length).toBe(2);
  const html = downloads.find((d) => d.name.endsWith('.html'));
  const md = downloads.find((d) => d.name.endsWith('.md'));
  expect(html?.name).toMatch(/^lab-report-\d{4}-\d\d-\d\d-ada-lovelace\.html$/);
  expect(html?.text).toContain('Ada Lovelace');
  expect(html?.text).toMatch(/The McCulloch–Pitts neuron<\/th><td>[1-5] \/ 5/);
  expect(md?.text).toContain('- [x] Make the unit fire only when all three inputs are 1');
  expect(md?.text).toMatch(/\| The McCulloch–Pitts neuron \| [1-5] \/ 5 \|/);
  await axeClean(page);

  // the data folder outlives the run: leave the lab as a new student finds it
  await page.getByRole('button', { name: 'Start this lab over (forget my progress)' }).click();
  await expect(tab(/^1\. AND.*\(done\)/)).toHaveCount(0);
  await expect(tab(/^2\. At least two of three.*\(done\)/)).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Threshold of unit c' })).toHaveValue('0');
});

test('teacher mode: duplicate, edit, lock a control, export, delete, import, conflicts', async ({
  page,
}, testInfo) => {
  const stamp = Date.now().toString(36);
  const title = `AND for class 7b ${stamp}`;
  await openLabs(page);
  await openLab(page, /The McCulloch–Pitts neuron/);
  await teacherMode(page, true);
  await expect(page.getByTestId('labs-teacher-banner')).toBeVisible();
  // labs an earlier failed run left in the (persistent) data folder
  const leftovers = labList(page).getByRole('button', { name: /AND for class 7b/ });
  while ((await leftovers.count()) > 0) {
    await leftovers.first().click();
    await page.getByRole('button', { name: 'Delete this lab…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Duplicate this lab' }).click();

  // the editor opens on the copy
  const editor = page.getByTestId('labs-teacher-editor');
  await expect(
    editor.getByRole('heading', { name: /Editing “The McCulloch–Pitts neuron \(copy\)”/ }),
  ).toBeVisible();
  const titleBox = editor.getByRole('textbox', { name: 'Title', exact: true });
  await expect(titleBox).toBeFocused();

  // a bad setup is named with its field and blocks saving; Ctrl+Z takes it back
  const setup = editor.getByRole('textbox', { name: /Figure setup \(JSON\)/ }).first();
  const goodSetup = await setup.inputValue();
  await setup.fill('{ "nodes": [ }');
  await expect(editor.getByTestId('labs-field-problems').first()).toContainText(
    'activities[0].figure.setup: is not valid JSON',
  );
  await editor.getByRole('button', { name: 'Save lab' }).click();
  await expect(editor.getByTestId('labs-teacher-problems')).toBeFocused();
  await expect(editor.getByTestId('labs-teacher-problems')).toContainText(
    '1 problem to fix before saving',
  );
  await setup.press('Control+z');
  await expect(setup).toHaveValue(goodSetup);
  await expect(editor.getByTestId('labs-teacher-problems')).toHaveCount(0);

  // an empty title: the problem shows next to the field
  await titleBox.fill('');
  await expect(editor.getByText('title: must be a non-empty text').first()).toBeVisible();
  await titleBox.fill(title);

  // a TeX preview of the text
  await expect(
    editor
      .getByRole('group', { name: /^Preview of Text of “AND”/ })
      .locator('math')
      .first(),
  ).toBeVisible();

  // lock the threshold of the first activity
  const controls = editor.getByRole('group', { name: 'Controls of AND' });
  // the controls by the words people read, not the lab file's keys
  await expect(controls.locator('.labs-field > span')).toHaveText([
    'Weights',
    'Unit kinds (excitatory / inhibitory)',
    'Threshold',
    'Mode',
  ]);
  await controls.getByRole('combobox', { name: 'Threshold', exact: true }).selectOption('locked');
  await editor
    .getByRole('textbox', { name: 'Task prompt' })
    .first()
    .fill('Your teacher set $\\theta$: just press Check.');

  await screensAndAxe(page, 'editor');
  await editor.getByRole('button', { name: 'Save lab' }).click();
  await expect(editor).toHaveCount(0);

  // it is in the list, marked, and opens; in student mode the threshold is locked
  const mine = labList(page).getByRole('button', { name: new RegExp(`${title}.*teacher’s lab`) });
  await expect(mine).toHaveCount(1);
  await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  await expect(page.getByTestId('labs-teacher-badge')).toBeVisible();
  await teacherMode(page, false);
  await mine.click();
  await expect(page.getByRole('spinbutton', { name: 'Threshold of unit c' })).toBeDisabled();
  await expect(page.getByText('Your teacher set')).toBeVisible();
  await screensAndAxe(page, 'student-locked');
  // the built-in lab is unchanged
  await openLab(page, /^2 The McCulloch–Pitts neuron/);
  await expect(page.getByRole('spinbutton', { name: 'Threshold of unit c' })).toBeEnabled();

  // export a lesson with it
  await mine.click();
  await teacherMode(page, true);
  await page.getByRole('button', { name: 'Export lesson…' }).click();
  const exportPanel = page.getByTestId('labs-lesson-export');
  await exportPanel.getByRole('textbox', { name: 'Lesson title' }).fill(`Week 3 ${stamp}`);
  const mineBox = exportPanel.getByRole('checkbox', { name: title });
  await expect(mineBox).toBeChecked();
  // only this lab: other teacher labs (earlier runs) left out
  for (const box of await exportPanel
    .getByRole('group', { name: 'Your labs' })
    .getByRole('checkbox')
    .all())
    if ((await box.getAttribute('value')) !== (await mineBox.getAttribute('value')))
      await box.uncheck();
  const download = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Export .nnlab' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.nnlab$/);
  const lessonPath = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(lessonPath);
  await expect(exportPanel.getByRole('status')).toContainText(
    `Downloaded ${file.suggestedFilename()}`,
  );
  await screensAndAxe(page, 'export');
  await exportPanel.getByRole('button', { name: 'Close' }).click();

  // delete it (asked first)
  await page.getByRole('button', { name: 'Delete this lab…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`Delete your lab “${title}”?`);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(mine).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${title}”.` })).toBeVisible();

  // import it back: inspection first, then import
  await page.getByRole('button', { name: 'Import lesson…' }).click();
  const importPanel = page.getByTestId('labs-lesson-import');
  await importPanel.getByLabel('Lesson file (.nnlab)').setInputFiles(lessonPath);
  const inspection = importPanel.getByTestId('labs-lesson-inspection');
  await expect(inspection).toContainText(`Week 3 ${stamp}`);
  await expect(inspection.getByRole('listitem').filter({ hasText: title })).toContainText('new');
  await importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importPanel.getByTestId('labs-lesson-result')).toContainText('1 of 1 part added');
  // the lab by its title, not its id
  await expect(importPanel.getByTestId('labs-lesson-result')).toContainText(
    `Lab “${title}”: added.`,
  );
  await expect(mine).toHaveCount(1);

  // change it, then import the lesson again: the question comes, Cancel changes nothing
  await mine.click();
  await page.getByRole('button', { name: 'Edit this lab' }).click();
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(`${title} v2`);
  await editor.getByRole('button', { name: 'Save lab' }).click();
  await expect(editor).toHaveCount(0);
  const v2 = labList(page).getByRole('button', { name: new RegExp(`${title} v2`) });
  await expect(v2).toHaveCount(1);
  await page.getByRole('button', { name: 'Import lesson…' }).click();
  await importPanel.getByLabel('Lesson file (.nnlab)').setInputFiles(lessonPath);
  await expect(inspection.getByRole('listitem').filter({ hasText: title })).toContainText(
    'you will be asked',
  );
  await importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  const question = importPanel.getByTestId('labs-lesson-conflicts');
  await expect(question).toBeFocused();
  await expect(question.getByRole('button', { name: 'Replace' })).toBeVisible();
  await expect(question.getByRole('listitem')).toHaveText(
    `Lab “${title}”: a different version is already here.`,
  );
  await screensAndAxe(page, 'import');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(importPanel.getByTestId('labs-lesson-result')).toContainText(
    'Nothing was imported.',
  );
  await expect(v2).toHaveCount(1);
  // keep-both brings the lesson's lab in as "… (2)"
  const exact = labList(page).getByRole('button', {
    name: new RegExp(`${title}( \\(\\d+\\))? \\(teacher’s lab\\)`),
  });
  await expect(exact).toHaveCount(0);

  // Keep both: the lesson's lab comes in beside the changed one
  await importPanel.getByLabel('Lesson file (.nnlab)').setInputFiles(lessonPath);
  await importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(importPanel.getByTestId('labs-lesson-result')).toContainText(
    'added under a new name',
  );
  await expect(v2).toHaveCount(1);
  await expect(exact).toHaveCount(1);

  // tidy up: the data folder outlives the run
  for (const lab of [v2, exact]) {
    await lab.click();
    await page.getByRole('button', { name: 'Delete this lab…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(lab).toHaveCount(0);
  }
});
