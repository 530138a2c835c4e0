// The labs' frame and teacher mode in Spanish (`?lang=es`): the report for the teacher, the
// "open in the full views" buttons, then a lab duplicated, edited, exported as a lesson,
// imported back and deleted — every button, label, question and message from the Spanish
// message files, nothing wider than the window. Screenshots in
// test-results/screens/labs-es-teacher-*.png.
import { expect, test, type Page } from '@playwright/test';
import { ENGLISH_UI_WORDS, englishWordsIn } from './support/english-words';
import { watchPageProblems } from './support/lab-page';
import { openLabsInSpanish } from './support/labs-in-spanish';

test.describe.configure({ timeout: 120_000 });

watchPageProblems();

/** English words of this chrome (besides the app's own list) that must not be left. */
const ENGLISH = [
  ...ENGLISH_UI_WORDS,
  'Duplicate',
  'Edit this lab',
  'Delete',
  'Import',
  'Lesson',
  'Teacher',
  'Title',
  'Summary',
  'Activity',
  'Controls',
  'Task prompt',
  'Figure setup',
  'Preview',
  'Undo',
  'Discard',
  'shown',
  'locked',
  'hidden',
  'Your labs',
  'Datasets',
  'Designs',
  'Downloaded',
  'Report',
  'Open in',
  'full views',
  'Try this',
  'Check',
  'problem',
  'new',
  'already here',
];

const labList = (page: Page) =>
  page.getByRole('navigation', { name: 'Prácticas en el orden de la lección' });

/** No English in these parts of the page, and nothing wider than the window; a screenshot. */
async function look(page: Page, name: string, regions: string[]): Promise<void> {
  expect(await englishWordsIn(page, regions, ENGLISH), name).toEqual([]);
  await page.screenshot({
    path: `test-results/screens/labs-es-teacher-${name}.png`,
    fullPage: true,
  });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name}: the page is wider than the window`).toBeLessThanOrEqual(width);
}

test('the report for the teacher and the open-in buttons in Spanish', async ({ page }) => {
  await openLabsInSpanish(page);
  await labList(page).locator('[data-lab="perceptron"]').click();
  const lab = page.locator('article[data-lab="perceptron"]');
  await expect(lab.getByRole('heading', { name: 'Prueba esto' }).first()).toBeVisible();

  // the activity that offers its setup to the full views
  const openIn = page.locator('.labs-open-in');
  for (const tab of await lab.locator('[data-activity]').all()) {
    await tab.click();
    if (await openIn.isVisible()) break;
  }
  await expect(openIn).toBeVisible();
  const views = page.getByRole('group', { name: /en las vistas completas$/ });
  await expect(views.getByRole('button', { name: 'Abrir en Diseño' })).toBeVisible();
  await expect(views.getByRole('button', { name: 'Abrir en Entrenar' })).toBeVisible();

  // the report: its two files download, and the status says how far the student got
  await page.getByRole('textbox', { name: 'Tu nombre (opcional)' }).fill('Ana García');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Informe para el docente' }).click();
  expect((await download).suggestedFilename()).toMatch(/^lab-report-[\d-]+-ana-garcia\.html$/);
  await expect(page.locator('.labs-report').getByRole('status')).toContainText(
    /Informe descargado: \d+ de \d+ tareas hechas\./,
  );
  await look(page, 'frame', ['.labs-view-head', '.labs-open-in', '[data-testid=labs-task] h4']);
});

test('teacher mode in Spanish: duplicate, edit, export, import and delete', async ({
  page,
}, testInfo) => {
  await openLabsInSpanish(page);
  await labList(page).locator('[data-lab="perceptron"]').click();
  await page.getByRole('switch', { name: 'Modo docente' }).check();
  await expect(page.getByTestId('labs-teacher-banner')).toContainText('Modo docente.');

  // duplicate: the copy is marked in Spanish and opens in the editor
  await page.getByRole('button', { name: 'Duplicar esta práctica' }).click();
  const editor = page.getByTestId('labs-teacher-editor');
  await expect(editor.getByRole('heading', { name: /^Editando «.* \(copia\)»$/ })).toBeVisible();
  const title = `Perceptrón ${Date.now()}`;
  await editor.getByRole('textbox', { name: 'Título', exact: true }).fill(title);
  // a broken setup is named in Spanish, and blocks saving
  const setup = editor.getByRole('textbox', { name: /^Configuración de la figura \(JSON\)/ });
  const good = await setup.first().inputValue();
  await setup.first().fill('{');
  await expect(editor.getByTestId('labs-field-problems').first()).toContainText(
    'no es JSON válido',
  );
  await expect(editor.getByTestId('labs-teacher-problems')).toContainText(
    /^1 problema que corregir antes de guardar/,
  );
  await look(page, 'editor', [
    '.labs-teacher-bar',
    '[data-testid=labs-teacher-editor] :is(h3, legend, summary, label, button, .labs-teacher-summary h4)',
    '[data-testid=labs-teacher-editor] [role=status]',
  ]);
  await setup.first().fill(good);
  await editor.getByRole('button', { name: 'Guardar la práctica' }).click();
  await expect(editor).toHaveCount(0);
  const mine = labList(page).getByRole('button', { name: new RegExp(title) });
  await expect(mine).toHaveCount(1);

  // export a lesson with it
  await page.getByRole('button', { name: 'Exportar lección…' }).click();
  const exportPanel = page.getByTestId('labs-lesson-export');
  await expect(exportPanel.getByRole('textbox', { name: 'Título de la lección' })).toHaveValue(
    'Lección',
  );
  const download = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Exportar .nnlab' }).click();
  const file = await download;
  const lessonPath = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(lessonPath);
  await expect(exportPanel.getByRole('status')).toContainText(
    `Descargado ${file.suggestedFilename()}`,
  );
  await look(page, 'export', [
    '[data-testid=labs-lesson-export] :is(h3, legend, .labs-teacher-label, button, [role=status])',
  ]);
  await exportPanel.getByRole('button', { name: 'Cerrar' }).click();

  // import it back: everything is already here, unchanged
  await page.getByRole('button', { name: 'Importar lección…' }).click();
  const importPanel = page.getByTestId('labs-lesson-import');
  await importPanel.getByLabel('Archivo de lección (.nnlab)').setInputFiles(lessonPath);
  const inspection = importPanel.getByTestId('labs-lesson-inspection');
  await expect(inspection.getByRole('heading', { name: 'Prácticas' })).toBeVisible();
  await expect(inspection.getByRole('listitem').filter({ hasText: title })).toContainText(
    'ya está aquí, sin cambios',
  );
  await importPanel.getByRole('button', { name: 'Importar', exact: true }).click();
  const result = importPanel.getByTestId('labs-lesson-result');
  await expect(result).toContainText(/^Importada «Lección»: 0 de \d+ partes? añadidas?/);
  await expect(result).toContainText(`Práctica «${title}»: ya estaba aquí.`);
  await look(page, 'import', [
    '[data-testid=labs-lesson-import] :is(h3, h4, .labs-teacher-label, button, strong)',
    '[data-testid=labs-lesson-result]',
  ]);
  await importPanel.getByRole('button', { name: 'Cerrar' }).click();

  // delete it, asked first
  await page.getByRole('button', { name: 'Eliminar esta práctica…' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(`¿Eliminar tu práctica «${title}»?`);
  await expect(question.getByRole('button', { name: 'Eliminar' })).toBeFocused();
  await question.getByRole('button', { name: 'Eliminar' }).click();
  await expect(mine).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: `Se ha eliminado «${title}».` }),
  ).toBeVisible();
});
