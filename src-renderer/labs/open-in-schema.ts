/**
 * "Open the same setup in Design / Train": what a lab activity hands to the full views, and
 * its validation. The data is a built-in dataset (generated) or the lab's own rows (imported
 * as a small CSV); the network is a layer list or one classic unit (McCulloch–Pitts,
 * perceptron, Adaline, MADALINE), which only Design can take.
 */
import type { UnitDesign } from '../../src-main/contract/types';
import { Problems } from './problems';

/** The lab's own data: named columns, the last one the target. */
export interface OpenInRows {
  name: string;
  columns: string[];
  rows: number[][];
  /** the target's numbers are classes (0 and 1, say), not quantities */
  classes?: boolean;
}

export interface OpenInSchedule {
  kind: 'inverse';
  c1: number;
  c2: number;
}

/** How a built-in's rows are shared between training, validation and test (fractions). */
export interface OpenInSplit {
  train: number;
  validation: number;
  test: number;
}

export interface LabOpenIn {
  /** what the setup is, e.g. "a sigmoid unit on AND" */
  label: string;
  /** 'train' (older files): both views are offered whatever it says */
  view?: 'train' | 'design';
  /** a built-in (with its split: a 4-row truth table needs every row for training) or own rows */
  dataset: { name: string; params: Record<string, number>; split?: OpenInSplit } | OpenInRows;
  network: { inputs: number; layers: { units: number; activation: string }[] };
  /** a single classic unit: Design only */
  unit?: UnitDesign;
  training?: {
    loss: string;
    optimizer: string;
    learningRate: number;
    batchSize: number;
    epochs: number;
  };
  schedule?: OpenInSchedule;
  seed: number;
}

/** What a figure may change of its activity's setup as the student plays (the schedule lab's c1, c2). */
export type OpenInOverrides = Partial<
  Pick<LabOpenIn, 'schedule' | 'label' | 'unit' | 'dataset' | 'training'>
>;

const UNIT_MODELS = ['mcculloch-pitts', 'perceptron', 'adaline', 'madaline'];
const MAX_ROWS = 10_000;

export function isOwnRows(dataset: LabOpenIn['dataset']): dataset is OpenInRows {
  return 'rows' in dataset;
}

/** Adds every problem of an openIn value to `p`, with its field path. */
export function checkOpenIn(p: Problems, o: unknown, path: string): void {
  if (!p.record(o, path)) return;
  if (o.view !== undefined && o.view !== 'train' && o.view !== 'design')
    p.add(`${path}.view`, "must be 'train' or 'design' when given");
  p.text(o, 'label', path);
  p.integer(o, 'seed', 0, 2 ** 31 - 1, path);
  dataset(p, o.dataset, `${path}.dataset`);
  const net = `${path}.network`;
  if (p.record(o.network, net)) {
    p.integer(o.network, 'inputs', 1, 64, net);
    p.list(
      o.network,
      'layers',
      (l, lp) => {
        if (!p.record(l, lp)) return;
        p.integer(l, 'units', 1, 256, lp);
        p.text(l, 'activation', lp);
      },
      1,
      net,
    );
  }
  if (o.unit !== undefined) unit(p, o.unit, `${path}.unit`);
  if (o.training === undefined && o.unit === undefined)
    p.add(`${path}.training`, 'is needed unless the setup is a single unit (unit)');
  if (o.training !== undefined) training(p, o.training, `${path}.training`);
  if (o.schedule !== undefined && p.record(o.schedule, `${path}.schedule`)) {
    if (o.schedule.kind !== 'inverse') p.add(`${path}.schedule.kind`, "must be 'inverse'");
    p.number(o.schedule, 'c1', 1e-9, 1e6, `${path}.schedule`);
    p.number(o.schedule, 'c2', 1e-9, 1e9, `${path}.schedule`);
  }
}

function dataset(p: Problems, d: unknown, path: string): void {
  if (!p.record(d, path)) return;
  p.text(d, 'name', path);
  if (d.rows !== undefined) {
    if (d.classes !== undefined && typeof d.classes !== 'boolean')
      p.add(`${path}.classes`, 'must be true or false');
    let width = 0;
    p.list(d, 'columns', (c, cp) => (p.textAt(c, cp), width++), 2, path);
    if (Array.isArray(d.rows) && d.rows.length > MAX_ROWS)
      p.add(`${path}.rows`, `must have at most ${MAX_ROWS} rows`);
    else
      p.list(
        d,
        'rows',
        (row, rp) => {
          if (!Array.isArray(row) || row.length !== width)
            p.add(rp, `must be a list of ${width} numbers (one per column)`);
          else if (!row.every((v) => typeof v === 'number' && Number.isFinite(v)))
            p.add(rp, 'must hold numbers only');
        },
        1,
        path,
      );
    return;
  }
  if (d.split !== undefined && p.record(d.split, `${path}.split`)) {
    const parts = ['train', 'validation', 'test'];
    if (
      parts.every((k) => p.number(d.split as Record<string, unknown>, k, 0, 1, `${path}.split`))
    ) {
      const sum = parts.reduce((t, k) => t + ((d.split as Record<string, number>)[k] ?? 0), 0);
      if (Math.abs(sum - 1) > 1e-6 || (d.split as Record<string, number>).train === 0)
        p.add(`${path}.split`, 'must add up to 1, with train above 0');
    }
  }
  if (p.record(d.params, `${path}.params`)) {
    for (const [k, v] of Object.entries(d.params)) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        p.add(`${path}.params.${k}`, 'must be a number');
    }
  }
}

function unit(p: Problems, u: unknown, path: string): void {
  if (!p.record(u, path)) return;
  if (typeof u.model !== 'string' || !UNIT_MODELS.includes(u.model))
    p.add(`${path}.model`, `must be one of ${UNIT_MODELS.join(', ')}`);
  if (u.threshold !== undefined) p.number(u, 'threshold', -1e6, 1e6, path);
  if (u.inhibitory !== undefined)
    p.list(
      u,
      'inhibitory',
      (i, ip) => {
        if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i > 63)
          p.add(ip, 'must be an input index from 0 to 63');
      },
      0,
      path,
    );
  if (u.inhibition !== undefined && u.inhibition !== 'weighted' && u.inhibition !== 'absolute')
    p.add(`${path}.inhibition`, "must be 'weighted' or 'absolute'");
  if (u.learningRate !== undefined) p.number(u, 'learningRate', 1e-9, 100, path);
  if (u.epochs !== undefined) p.integer(u, 'epochs', 1, 1_000_000, path);
  if (u.units !== undefined) p.integer(u, 'units', 1, 64, path);
}

function training(p: Problems, t: unknown, path: string): void {
  if (!p.record(t, path)) return;
  p.text(t, 'loss', path);
  p.text(t, 'optimizer', path);
  p.number(t, 'learningRate', 1e-9, 100, path);
  p.integer(t, 'batchSize', 1, 100_000, path);
  p.integer(t, 'epochs', 1, 1_000_000, path);
}
