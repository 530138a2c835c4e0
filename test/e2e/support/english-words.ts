// Finds English interface words left on a page shown in another language: the check that a
// translated screen has no English in the middle of it.
import type { Page } from '@playwright/test';

/** Words of the interface that differ in Spanish (names like XOR, PNG or ONNX do not). */
export const ENGLISH_UI_WORDS = [
  'Welcome',
  'Data',
  'Design',
  'Train',
  'Experiments',
  'Labs',
  'Settings',
  'Keyboard shortcuts',
  'Light',
  'Dark',
  'System',
  'Export',
  'Save',
  'Cancel',
  'Close',
  'Dismiss',
  'Loading',
  'Running in',
  'Built-in datasets',
  'Description',
  'epoch',
  'rows',
  'Results',
  'Model',
] as const;

/** One English word found, and where. */
export interface EnglishWord {
  word: string;
  /** the region it was found in (the selector asked for) */
  where: string;
  /** the text around it, to find it in the source */
  context: string;
}

/**
 * The English words visible in each region of the page (text, and the names screen readers
 * read: aria-label, title, alt).
 * @param regions CSS selectors, each scanned on its own
 */
export async function englishWordsIn(
  page: Page,
  regions: readonly string[],
  words: readonly string[] = ENGLISH_UI_WORDS,
): Promise<EnglishWord[]> {
  const found: EnglishWord[] = [];
  for (const where of regions) {
    const texts = await page.locator(where).evaluateAll((elements) =>
      elements.flatMap((root) => {
        const out = [(root as HTMLElement).innerText];
        for (const el of Array.from(root.querySelectorAll('[aria-label], [title], img[alt]'))) {
          for (const name of ['aria-label', 'title', 'alt']) {
            const value = el.getAttribute(name);
            if (value) out.push(value);
          }
        }
        return out;
      }),
    );
    for (const text of texts) {
      for (const word of words) {
        const match = new RegExp(`\\b${word}\\b`).exec(text);
        if (match) {
          const from = Math.max(0, match.index - 30);
          found.push({ word, where, context: text.slice(from, match.index + word.length + 30) });
        }
      }
    }
  }
  return found;
}
