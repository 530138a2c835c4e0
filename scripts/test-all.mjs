// `npm test`: build, then typecheck and lint side by side (one core each), unit tests (Vitest,
// the command line's tests running the build just made, as `neuron-lab` does), browser tests
// (Playwright, on the same build), each with its usual output, then one line:
// `tests: N passed, M failed`. build, typecheck and lint count as one test each. Exit code 1
// if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/build.mjs';
import { CHROMIUM_HINT, findChromium } from './lib/chromium.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}

const RESULTS = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright.json');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const env = {
  ...process.env,
  PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
};

/**
 * Runs a shell command in the repository root with the terminal attached.
 * @param {string} title shown before the tool's own output
 * @param {string} command
 * @param {NodeJS.ProcessEnv} [extraEnv]
 * @returns {number} the exit code (1 if killed by a signal)
 */
function run(title, command, extraEnv = {}) {
  console.log(`\n━━ ${title}: ${command}`);
  const result = spawnSync(command, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: true,
    env: { ...env, ...extraEnv },
  });
  return result.status ?? 1;
}

/**
 * Runs shell commands at once, each with its output kept and printed whole when it ends, so
 * that two tools' lines do not interleave.
 * @param {[string, string][]} steps [title, command] pairs
 * @returns {Promise<number[]>} the exit codes, in the order given (1 if killed by a signal)
 */
function runSideBySide(steps) {
  return Promise.all(
    steps.map(
      ([title, command]) =>
        new Promise((resolve) => {
          const child = spawn(command, { cwd: ROOT, shell: true, env });
          /** @type {Buffer[]} */
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (code) => {
            console.log(`\n━━ ${title}: ${command}`);
            process.stdout.write(Buffer.concat(output));
            resolve(code ?? 1);
          });
        }),
    ),
  );
}

/**
 * Reads a JSON report, or undefined if the tool did not write one.
 * @param {string} file
 * @returns {any}
 */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** @type {{ name: string, passed: number, failed: number }[]} */
const tally = [];

/**
 * Records a tool's counts; a non-zero exit without a counted failure (a crash, a broken
 * test file, a failed setup) counts as one failure.
 * @param {string} name
 * @param {number} exitCode
 * @param {number} passed
 * @param {number} failed
 */
function record(name, exitCode, passed, failed) {
  tally.push({ name, passed, failed: exitCode !== 0 && failed === 0 ? 1 : failed });
}

mkdirSync(RESULTS, { recursive: true });

// One build for both test tools: the command line's tests run it (NEURON_LAB_TEST_BUILT), the
// browser tests serve it (LAB_SKIP_BUILD). Without it, the unit tests run from the sources.
const built = run('build', pkg.scripts.build);
record('build', built, built === 0 ? 1 : 0, built === 0 ? 0 : 1);

const [typecheck, lint] = await runSideBySide([
  ['typecheck', pkg.scripts.typecheck],
  ['lint', pkg.scripts.lint],
]);
record('typecheck', typecheck, typecheck === 0 ? 1 : 0, typecheck === 0 ? 0 : 1);
record('lint', lint, lint === 0 ? 1 : 0, lint === 0 ? 0 : 1);

rmSync(VITEST_JSON, { force: true });
const vitest = run(
  'unit tests',
  `vitest run --reporter=default --reporter=json --outputFile.json=${JSON.stringify(VITEST_JSON)}`,
  built === 0 ? { NEURON_LAB_TEST_BUILT: '1' } : {},
);
const unit = readReport(VITEST_JSON);
{
  // A test file that fails to load has no failed test of its own: count it once.
  const brokenFiles = (unit?.testResults ?? []).filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' &&
      !file.assertionResults.some((/** @type {any} */ t) => t.status === 'failed'),
  ).length;
  record('vitest', vitest, unit?.numPassedTests ?? 0, (unit?.numFailedTests ?? 0) + brokenFiles);
}

rmSync(PLAYWRIGHT_JSON, { force: true });
const playwright = run('browser tests', 'playwright test --reporter=list,json', {
  PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  ...(built === 0 ? { LAB_SKIP_BUILD: '1' } : {}),
});
const browser = readReport(PLAYWRIGHT_JSON);
record(
  'playwright',
  playwright,
  (browser?.stats?.expected ?? 0) + (browser?.stats?.flaky ?? 0),
  browser?.stats?.unexpected ?? 0,
);
if (browser?.stats?.skipped) console.log(`(playwright: ${browser.stats.skipped} skipped)`);

const passed = tally.reduce((sum, step) => sum + step.passed, 0);
const failed = tally.reduce((sum, step) => sum + step.failed, 0);
const failing = tally.filter((step) => step.failed > 0).map((step) => step.name);
if (failing.length > 0) console.log(`\nfailed in: ${failing.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
