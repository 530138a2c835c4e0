// A learning rate the running trainer refuses is said in the Train view in Spanish: the rate
// asked for with the decimal comma, the engine's reason and the rate the run goes on with.
// The run's exponential decay (γ = 1e-200) has brought its rate to 0 after two epochs, so no
// base rate leads back to a new one: the trainer refuses it rather than ruin the run.
// Screenshot in test-results/screens/spanish-train-refused-rate.png.
import { expect, test } from './support/lab-test';
import { labUrl, watchPageProblems } from './support/lab-page';
import { preparePlaygroundTrain } from './support/train-page';

watchPageProblems();

test('a refused learning rate is said in Spanish with what stays in effect', async ({ page }) => {
  test.setTimeout(90_000);
  const url = new URL(labUrl());
  url.searchParams.set('lang', 'es');
  await page.goto(url.toString());
  // many epochs: the run is still going when the new rate is asked for
  await preparePlaygroundTrain(page, { noise: 0.1, hidden: [4], epochs: 100_000 });
  // the generated dataset is named in Spanish in the title (its stored name is English)
  await expect(page.getByTestId('train-dataset-name')).toHaveText(/^Espiral \(.*500.*0,1\)$/);
  await page.locator('#train-schedule').selectOption('exponential');
  await page.locator('#train-schedule-gamma').fill('1e-200');
  await page.locator('#train-schedule-gamma').press('Tab');

  await page.getByRole('button', { name: /Iniciar/ }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('train-epoch').textContent()))
    .toBeGreaterThan(2);
  await expect(page.getByTestId('train-setting-refused')).toHaveCount(0);

  await page.getByRole('spinbutton', { name: 'Tasa de aprendizaje' }).fill('0.5');
  await page.getByRole('button', { name: 'Aplicar' }).click();
  const refused = page.getByTestId('train-setting-refused');
  await expect(refused).toHaveText(
    "Tasa de aprendizaje 0,5 rechazada: no se puede poner la tasa de aprendizaje en 0,5: el calendario 'exponential' ha llevado la tasa tan cerca de 0 que ya no se puede volver a subir. La ejecución sigue con 0.",
  );
  // the run goes on, with the rate it had
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('train-rate-live')).toContainText('La ejecución entrena con 0;');
  await refused.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/spanish-train-refused-rate.png' });

  await page.getByRole('button', { name: /Detener/ }).click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'stopped');
});
