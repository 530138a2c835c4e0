// Setting up the Train view the way a design or the Welcome view does, for tests that need a
// particular network on particular data without clicking through Design.
import type { Page } from '@playwright/test';

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
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Train' })
    .click();
}
