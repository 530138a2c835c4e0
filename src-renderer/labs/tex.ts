import katex from 'katex';
import { tightSignsInMathml } from './mathml-minus';
import { inlinePrimesInMathml } from './mathml-primes';
import { lowBracketScriptsInMathml } from './mathml-scripts';

/**
 * TeX to MathML markup. MathML, not KaTeX's HTML: the app's CSP forbids the inline styles the
 * HTML output carries, and Chromium renders MathML Core natively without fonts or CSS. Only
 * bundled lab text goes through here, so the markup is trusted for v-html; KaTeX escapes
 * text anyway, and `trust: false` refuses \href and friends.
 * A TeX error is rendered in place (throwOnError: false) so that a typo shows, in red.
 * Primes are set inline after their base (see mathml-primes.ts for why), and a sign minus
 * tight against its number (mathml-minus.ts), and an exponent on a bracket at a letter's
 * height (mathml-scripts.ts).
 */
export function texToMathml(tex: string, display = false): string {
  return lowBracketScriptsInMathml(
    tightSignsInMathml(
      inlinePrimesInMathml(
        katex.renderToString(tex, {
          output: 'mathml',
          throwOnError: false,
          displayMode: display,
          trust: false,
        }),
      ),
    ),
  );
}
