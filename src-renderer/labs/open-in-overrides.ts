/**
 * What opens in the full views is the lab's setup as the student (or the teacher who edited
 * the lab) left it: their McCulloch–Pitts unit, the points they clicked, the learning rate
 * they chose, the schedule lab's c1 and c2. Read from the figure's answer and setup, so figures need not
 * know about the full views.
 */
import type { MPNetworkSpec } from '../../src-engine/units/mp-network';
import { i18n } from '../i18n';
import type { FigureKind } from '../../src-main/contract/lab-document/figure-kinds';
import type { LabOpenIn, OpenInOverrides } from './open-in-schema';
import { isRecord } from './problems';

type Row = number[];

const { t } = i18n.global;

const isRows = (value: unknown, width: number): value is Row[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (row) =>
      Array.isArray(row) &&
      row.length === width &&
      row.every((v) => typeof v === 'number' && Number.isFinite(v)),
  );

/**
 * The overrides of a figure's current state, or null when nothing carries over.
 * @param answer what the figure last emitted @param setup the figure's setup (as edited)
 * @param openIn the activity's own setup for the full views
 */
export function overridesFrom(
  kind: FigureKind,
  answer: unknown,
  setup: Record<string, unknown>,
  openIn: LabOpenIn | undefined,
): OpenInOverrides | null {
  const given = isRecord(answer) ? answer : {};
  switch (kind) {
    case 'mp-builder':
      return unitOf(given.circuit as MPNetworkSpec | undefined);
    case 'schedule-compare': {
      const { c1, c2 } = given;
      if (typeof c1 !== 'number' || typeof c2 !== 'number' || !(c1 > 0) || !(c2 > 0)) return null;
      return {
        schedule: { kind: 'inverse', c1, c2 },
        label: t('labs-teacher.openIn.scheduleLabel', { c1, c2 }),
      };
    }
    case 'perceptron-plane':
      // the points the student placed, as two classes (0 and 1)
      return isRows(given.points, 3) ? placedPoints(given.points, 'perceptron') : null;
    case 'adaline-compare':
      // Adaline fits the ±1 targets as numbers: a linear unit with MSE on the same points
      return isRows(given.points, 3) ? placedPoints(given.points, 'adaline') : null;
    case 'cost-descent':
    case 'descent-rates': {
      const points = isRows(given.points, 2) ? given.points : setup.points;
      if (!isRows(points, 2) || !openIn?.training) return null;
      const rate = given.learningRate;
      return {
        dataset: { name: t('labs-teacher.openIn.descentData'), columns: ['x', 'y'], rows: points },
        ...(typeof rate === 'number' && rate > 0
          ? { training: { ...openIn.training, learningRate: rate } }
          : {}),
      };
    }
    default:
      return null;
  }
}

/** The points placed on a perceptron's or Adaline's plane, as the full views' dataset. */
function placedPoints(rows: Row[], lab: 'perceptron' | 'adaline'): OpenInOverrides {
  const classes = lab === 'perceptron';
  return {
    dataset: {
      name: t(`labs-teacher.openIn.${lab}Data`),
      columns: ['x1', 'x2', classes ? 'class' : 't'],
      rows,
      ...(classes ? { classes } : {}),
    },
    label: t(`labs-teacher.openIn.${lab}Label`, { n: rows.length }),
  };
}

/** One unit with weights of 1 is what Design's McCulloch–Pitts block holds; others stay. */
function unitOf(circuit: MPNetworkSpec | undefined): OpenInOverrides | null {
  if (!circuit || circuit.nodes.length !== 1) return null;
  const { unit, sources } = circuit.nodes[0];
  if (sources.some((s, i) => s !== circuit.inputs[i]) || sources.length !== circuit.inputs.length)
    return null;
  if (!unit.inputs.every((input) => (input.weight ?? 1) === 1)) return null;
  return {
    unit: {
      model: 'mcculloch-pitts',
      threshold: unit.threshold,
      inhibitory: unit.inputs.flatMap((input, i) => (input.kind === 'inhibitory' ? [i] : [])),
      inhibition: unit.mode,
    },
  };
}
