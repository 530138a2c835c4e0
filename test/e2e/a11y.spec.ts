// The accessibility scan (axe, WCAG 2.1 A and AA) that every view passes in both themes — run
// by screens-sizes.spec.ts at 1280×720 after a trained run, beside its screenshots, and by the
// views' and labs' own specs — must itself be able to fail: here it finds a planted violation.
import { expect, test } from './support/lab-test';
import { violations } from './support/axe';

test('the scan itself reports a violation when there is one', async ({ page }) => {
  await page.setContent('<html lang="en"><title>t</title><main><img src="data:,"></main></html>');
  expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
});
