import type { OptimizerSpec } from '../../../src-engine/optim/optimizer';
import type { ScheduleSpec } from '../../../src-engine/optim/schedule';
import type { TrainConfig } from '../../../src-engine/train/config';
import type { PytorchRun } from './pytorch-run';

const LOSSES: Record<TrainConfig['loss'], string> = {
  mse: 'mean squared error J = 1/(2m) Σ (y − t)²',
  binary_cross_entropy: 'binary cross-entropy',
  cross_entropy: 'cross-entropy',
};

function optimizerText(o: OptimizerSpec): string {
  const penalties = [
    o.weightDecay ? `L2 weight decay ${o.weightDecay}` : '',
    o.l1 ? `L1 ${o.l1}` : '',
  ].filter(Boolean);
  const base =
    o.name === 'adam'
      ? `Adam (β1 ${o.beta1 ?? 0.9}, β2 ${o.beta2 ?? 0.999}, ε ${o.eps ?? 1e-8})`
      : o.momentum
        ? `SGD with momentum ${o.momentum}${o.nesterov ? ' (Nesterov)' : ''}`
        : 'SGD';
  return penalties.length ? `${base}, ${penalties.join(', ')}` : base;
}

function rateText(rate: number, s: ScheduleSpec | undefined): string {
  switch (s?.kind ?? 'constant') {
    case 'inverse': {
      const { c1, c2 } = s as Extract<ScheduleSpec, { kind: 'inverse' }>;
      return `learning rate c1/(k + c2) with c1 = ${c1}, c2 = ${c2} (k counts updates)`;
    }
    case 'step': {
      const { gamma, every } = s as Extract<ScheduleSpec, { kind: 'step' }>;
      return `learning rate ${rate}, times ${gamma} every ${every} epochs`;
    }
    case 'exponential':
      return `learning rate ${rate}, times ${(s as { gamma: number }).gamma} every epoch`;
    default:
      return `learning rate ${rate}`;
  }
}

/** Rows per update, updates per epoch and rate for 1, 2 and 4 processes. */
function processTable(run: PytorchRun): string {
  const { training } = run.record.config;
  const m = run.prepared.train.m;
  const k = Math.min(training.batchSize, m);
  const rate =
    training.schedule?.kind === 'inverse' ? 'c1/(k + c2)' : String(training.learningRate);
  const rows = [1, 2, 4].map((n) => {
    const scaled = n === 1 ? rate : `${rate} (× ${n} with --scale-lr)`;
    return `| ${n} | ${n} × ${k} = ${n * k} | ${Math.ceil(m / (n * k))} | ${scaled} |`;
  });
  return [
    '| processes N | rows per update | updates per epoch | learning rate |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** README.md of a PyTorch project: what the run is, the commands, what N processes change,
 * the way back into the lab, the files, and what could not be carried over. */
export function pytorchReadme(run: PytorchRun, appVersion: string, date: Date): string {
  const { record, dataset, prepared } = run;
  const { spec, training } = record.config;
  const network = [
    `${spec.inputs} inputs`,
    ...spec.layers.map((l) => `${l.units} ${l.activation}`),
  ].join(' → ');
  const k = Math.min(training.batchSize, prepared.train.m);
  const early = training.earlyStopping
    ? `, early stopping after ${training.earlyStopping.patience} epochs without improvement`
    : '';
  const notes = run.notices.length
    ? ['## Notes on this export', '', ...run.notices.map((n) => `- ${n}`), ''].join('\n')
    : '';
  return `# ${record.name}: a Neuron Lab run as a PyTorch project

Exported from Neuron Lab ${appVersion} on ${date.toISOString().slice(0, 10)}: experiment ${record.id},
trained on "${dataset.name}" (${prepared.train.m} rows to train, ${prepared.validation.m} to
validate, ${prepared.test.m} to test).

- Network: ${network}${prepared.derived.length ? ` (inputs: ${prepared.featureNames.join(', ')})` : ''}
- Loss: ${LOSSES[training.loss]}
- Optimiser: ${optimizerText(training.optimizer)}; ${rateText(training.learningRate, training.schedule)}
- Batches of ${k} rows, ${training.shuffle ? `shuffled every epoch (seed ${training.seed})` : 'in the data’s order'}; ${run.epochs} epochs${early}
- The lab's run: ${record.status}${record.reason ? ` (${record.reason})` : ''}, ${run.curves.epoch.length} epochs

## Run it

It needs Python 3 and PyTorch 1.13 or newer, nothing else (Debian and Ubuntu:
\`apt install python3-torch\`; elsewhere \`pip install torch\`).

    python train.py

trains the network from the lab's initial weights on the same batches in the same order,
with the same loss, optimiser and schedule, and prints the metrics of every epoch. They are
the lab's up to float32 rounding; at the end train.py says how close they came.

| command | what it does |
|---|---|
| \`python train.py\` | the lab's run, on the CPU |
| \`python train.py --device cuda\` | the same on an NVIDIA GPU (\`--device mps\` on Apple silicon) |
| \`python train.py --from-trained\` | goes on from the weights the lab ended with, as the lab's *Continue training* does |
| \`python train.py --epochs 500\` | more (or fewer) epochs |
| \`python train.py --processes 2\` | 2 processes on this machine with DistributedDataParallel |
| \`torchrun --nproc_per_node=2 train.py\` | the same, started by torchrun (also over several machines) |

DistributedDataParallel talks through gloo on the CPU and NCCL between GPUs. Debian's
PyTorch 1.13 \`torchrun\` fails on Python 3.11 (\`'NoneType' object has no attribute 'get'\`);
\`--processes N\` starts the processes itself and works there.

## More processes: batch size and learning rate

With N processes every update takes the next ${k} rows *for each process*: the effective
batch is N × ${k} rows, and an epoch makes fewer, less noisy updates. The gradient is the
mean over all rows of the update (each process weighs its share so), and the learning rate
stays as it is unless \`--scale-lr\` multiplies it by N (the linear scaling rule, which keeps
the progress per row about the same). With N = 1 the run is exactly the lab's.

${processTable(run)}

## Back into the lab

Each run writes a folder (\`runs/DATE-TIME/\`, or \`--out DIR\`) with \`metrics.csv\` (the lab's
own columns), \`run.json\` (device, processes, batch, how it ended) and
\`trained_weights.json\`. To compare it with the lab's run:

    neuron-lab import-metrics runs/DATE-TIME/metrics.csv

or in the lab: Experiments → *Import a PyTorch run…*, choosing the three files.

## The files

- \`train.py\`: the training loop; start reading here
- \`model.py\`: the network, its activations, reading and writing weights
- \`data.py\`: reads \`data.csv\`, makes the network's inputs, and shuffles as the lab does
- \`distributed.py\`: the few lines DistributedDataParallel needs
- \`results.py\`: prints and writes the metrics, compares them with the lab's
- \`config.json\`: the run: network, training settings, data columns, features, normalisation
- \`data.csv\`: the rows (raw inputs, targets, part of the split), in the lab's order
- \`initial_weights.json\`, \`trained_weights.json\`: the weights the lab started and ended with
- \`lab_metrics.csv\`: the lab's own metrics of every epoch

## How it stays the lab's run

- The split is the lab's (the \`part\` column); the normalisation was fitted by the lab on the
  training part and is applied as it is (\`config.json\`, \`data.normalization\`).
- The lab's seeded shuffling (xoshiro128** and Fisher–Yates) is re-implemented in \`data.py\`.
- Losses are averaged over a batch's rows; mean squared error is the lecture's 1/(2m) Σ (y − t)².
- L2 weight decay is PyTorch's \`weight_decay\` (biases included, as in the lab); the L1 term
  λ₁·sign(w) is added to the gradients before each step.
- Everything is float32, as in the lab; results can differ in the last digits.
${notes ? `\n${notes}` : ''}`;
}
