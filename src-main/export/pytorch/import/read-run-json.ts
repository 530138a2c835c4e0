import { ExportError } from '../../export-error';

/** What train.py's run.json says about where and how a run trained. */
export interface PytorchRunInfo {
  /** the lab's experiment the project was exported from */
  experimentId: number;
  status: 'done' | 'early-stopped' | 'diverged';
  reason: string | null;
  torch: string;
  device: string;
  processes: number;
  batchSize: number;
  effectiveBatchSize: number;
  learningRateFactor: number;
  start: 'initial' | 'trained';
  /** final metrics in the lab's names (loss, validationLoss, testAccuracy, r2 …) */
  final: Record<string, number>;
}

const STATUSES = ['done', 'early-stopped', 'diverged'] as const;

/**
 * Reads and checks train.py's run.json.
 * @throws ExportError('invalid') naming the file and the field that is wrong
 */
export function readRunJson(text: string, fileName: string): PytorchRunInfo {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ExportError('invalid', `${fileName} is not JSON: ${(error as Error).message}`);
  }
  const bad = (what: string) => new ExportError('invalid', `${fileName}: ${what}`);
  if (!isObject(raw) || raw.format !== 'neuron-lab-pytorch-run')
    throw bad('not a run.json written by an exported project’s train.py');
  const experiment = isObject(raw.experiment) ? raw.experiment.id : undefined;
  const count = (name: string, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < 1)
      throw bad(`${name} must be a whole number ≥ 1, got ${JSON.stringify(value)}`);
    return value as number;
  };
  const text_ = (name: string, value: unknown) => {
    if (typeof value !== 'string') throw bad(`${name} must be text`);
    return value;
  };
  if (!STATUSES.includes(raw.status as (typeof STATUSES)[number]))
    throw bad(`status must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(raw.status)}`);
  const final: Record<string, number> = {};
  if (isObject(raw.final)) {
    for (const [name, value] of Object.entries(raw.final)) {
      // JSON has no NaN: a diverged part's loss comes as null and is left out
      if (typeof value === 'number' && Number.isFinite(value)) final[name] = value;
    }
  }
  const factor = raw.learningRateFactor;
  if (typeof factor !== 'number' || !(factor > 0)) throw bad('learningRateFactor must be > 0');
  return {
    experimentId: count('experiment.id', experiment),
    status: raw.status as PytorchRunInfo['status'],
    reason: typeof raw.reason === 'string' ? raw.reason : null,
    torch: text_('torch', raw.torch),
    device: text_('device', raw.device),
    processes: count('processes', raw.processes),
    batchSize: count('batchSize', raw.batchSize),
    effectiveBatchSize: count('effectiveBatchSize', raw.effectiveBatchSize),
    learningRateFactor: factor,
    start: raw.start === 'trained' ? 'trained' : 'initial',
    final,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
