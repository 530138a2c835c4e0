/**
 * "Open the same setup in Design / Train": what a lab activity hands to the full views. The data
 * is a built-in dataset (generated) or the lab's own rows (imported as a small CSV); the network
 * is a layer list or one classic unit (McCulloch–Pitts, perceptron, Adaline, MADALINE), which
 * only Design can take.
 */
import { z } from 'zod';
import {
  checkedBy,
  finite,
  flag,
  int,
  list,
  num,
  oneOf,
  record,
  seed,
  text,
  ON_OBJECTS,
} from './fields';
import { said } from './setup-issues';

const MAX_ROWS = 10_000;

/** The lab's own data: named columns, the last one the target. */
const ownRows = record({
  name: text(),
  columns: list(text(), 2, 64),
  rows: list(list(finite()), 1, MAX_ROWS),
  /** the target's numbers are classes (0 and 1, say), not quantities */
  classes: flag().optional(),
}).superRefine((d, ctx) => {
  if (!Array.isArray(d.rows) || !Array.isArray(d.columns)) return;
  d.rows.forEach((row, i) => {
    if (Array.isArray(row) && row.length !== d.columns.length)
      ctx.addIssue({
        code: 'custom',
        path: ['rows', i],
        ...said('rowLength', `must be a list of ${d.columns.length} numbers (one per column)`, {
          n: d.columns.length,
        }),
      });
  });
}, ON_OBJECTS);

/** How a built-in's rows are shared between training, validation and test (fractions). */
const split = record({ train: num(0, 1), validation: num(0, 1), test: num(0, 1) }).refine(
  (s) => Math.abs(s.train + s.validation + s.test - 1) <= 1e-6 && s.train > 0,
  { error: 'must add up to 1, with train above 0', params: { id: 'splitAdds' } },
);

const builtIn = record({
  name: text(),
  params: z.record(z.string(), finite(), { error: 'must be an object' }),
  split: split.optional(),
});

const schedule = record({ kind: oneOf(['inverse']), c1: num(1e-9, 1e6), c2: num(1e-9, 1e9) });

/** A single classic unit (Design only); the field names are Design's UnitDesign. */
const unit = record({
  model: oneOf(['mcculloch-pitts', 'perceptron', 'adaline', 'madaline']),
  threshold: num(-1e6, 1e6).optional(),
  inhibitory: list(int(0, 63)).optional(),
  inhibition: oneOf(['weighted', 'absolute']).optional(),
  learningRate: num(1e-9, 100).optional(),
  epochs: int(1, 1_000_000).optional(),
  units: int(1, 64).optional(),
  /** perceptron and Adaline: targets as 0/1 or −1/+1 */
  coding: oneOf(['binary', 'bipolar']).optional(),
  /** MADALINE: the fixed output logic */
  logic: oneOf(['and', 'or', 'majority']).optional(),
});

const training = record({
  loss: text(),
  optimizer: text(),
  learningRate: num(1e-9, 100),
  batchSize: int(1, 100_000),
  epochs: int(1, 1_000_000),
});

export const labOpenIn = record({
  /** what the setup is, e.g. "a sigmoid unit on AND" */
  label: text(),
  /** 'train' (older files): both views are offered whatever it says */
  view: oneOf(['train', 'design']).optional(),
  /** a built-in (with its split: a 4-row truth table needs every row) or own rows */
  dataset: checkedBy<OpenInRows | BuiltIn>((d) =>
    typeof d === 'object' && d !== null && 'rows' in d ? ownRows : builtIn,
  ),
  network: record({
    inputs: int(1, 64),
    layers: list(record({ units: int(1, 256), activation: text() }), 1),
  }),
  unit: unit.optional(),
  training: training.optional(),
  schedule: schedule.optional(),
  seed: seed(),
}).refine((o) => o.training !== undefined || o.unit !== undefined, {
  ...ON_OBJECTS,
  path: ['training'],
  error: 'is needed unless the setup is a single unit (unit)',
  params: { id: 'trainingNeeded' },
});

export type LabOpenIn = z.infer<typeof labOpenIn>;
export type OpenInRows = z.infer<typeof ownRows>;
type BuiltIn = z.infer<typeof builtIn>;
export type OpenInSchedule = z.infer<typeof schedule>;
export type OpenInSplit = z.infer<typeof split>;

export function isOwnRows(dataset: LabOpenIn['dataset']): dataset is OpenInRows {
  return 'rows' in dataset;
}
