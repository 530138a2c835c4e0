import type { EpochReport } from '../../../../src-engine/train/reports';
import { ExportError } from '../../export-error';

/** The columns of metrics.csv (the lab's own metrics export), by the report field they fill. */
const COLUMNS = {
  epoch: 'epoch',
  step: 'step',
  loss: 'loss',
  accuracy: 'accuracy',
  validation_loss: 'validationLoss',
  validation_accuracy: 'validationAccuracy',
  learning_rate: 'learningRate',
  milliseconds: 'millis',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['epoch', 'step', 'loss', 'learning_rate'];
/** a file of more epochs than this is not a run's metrics (and would not fit in memory well) */
const MAX_EPOCHS = 1_000_000;

/**
 * Reads per-epoch metrics written by an exported project's train.py (or the lab's own
 * metrics export): a header naming the columns, one row per epoch numbered 1, 2, 3 …; an
 * empty cell is a metric not measured. Unknown columns are refused rather than dropped, so
 * that nothing the file says is lost without a word.
 * @throws ExportError('invalid') naming the file, line and column of what is wrong
 */
export function readMetricsCsv(text: string, fileName: string): EpochReport[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  const bad = (line: number, what: string) =>
    new ExportError('invalid', `${fileName} line ${line}: ${what}`);
  if (!lines.length) throw new ExportError('invalid', `${fileName} is empty`);
  if (lines.length - 1 > MAX_EPOCHS)
    throw bad(MAX_EPOCHS + 2, `more than ${MAX_EPOCHS.toLocaleString('en')} epochs`);
  const header = lines[0].split(',').map((h) => h.trim());
  for (const name of header) {
    if (!(name in COLUMNS))
      throw bad(1, `unknown column '${name}' (expected ${Object.keys(COLUMNS).join(', ')})`);
  }
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw bad(1, `missing column ${missing.join(', ')}`);
  if (lines.length < 2) throw new ExportError('invalid', `${fileName} holds no epoch`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length)
      throw bad(i + 2, `${cells.length} cells where the header has ${header.length}`);
    const report: Partial<Record<(typeof COLUMNS)[Column], number>> = {};
    header.forEach((name, c) => {
      const cell = cells[c].trim();
      if (cell === '') {
        if (REQUIRED.includes(name as Column)) throw bad(i + 2, `${name} is empty`);
        return;
      }
      const value = Number(cell);
      // a diverged epoch's loss may be inf or nan; anything else must be a number
      if (Number.isNaN(value) && !/^[-+]?(nan|inf(inity)?)$/i.test(cell))
        throw bad(i + 2, `${name} '${cell}' is not a number`);
      report[COLUMNS[name as Column]] = Number.isNaN(value) ? pythonSpecial(cell) : value;
    });
    if (report.epoch !== i + 1) throw bad(i + 2, `epoch ${report.epoch}, expected ${i + 1}`);
    return { ...report, millis: report.millis ?? NaN } as EpochReport;
  });
}

/** Python writes inf, -inf and nan where JavaScript would write Infinity and NaN. */
function pythonSpecial(cell: string): number {
  if (/nan/i.test(cell)) return NaN;
  return cell.startsWith('-') ? -Infinity : Infinity;
}
