// What train.py leaves behind, read back with clear messages for anything wrong.
import { describe, expect, it } from 'vitest';
import { readMetricsCsv } from '../../../../src-main/export/pytorch/import/read-metrics-csv';
import { pytorchRunFiles } from '../../../../src-main/export/pytorch/import/import-pytorch-run';
import { readRunJson } from '../../../../src-main/export/pytorch/import/read-run-json';

const HEADER = 'epoch,step,loss,accuracy,validation_loss,learning_rate,milliseconds';

describe('readMetricsCsv', () => {
  it('reads every column, an empty cell as not measured, and Python’s inf and nan', () => {
    const epochs = readMetricsCsv(
      `${HEADER}\r\n1,4,0.5,0.75,,0.1,12\r\n2,8,inf,0.5,nan,0.1,\r\n`,
      'm.csv',
    );
    expect(epochs[0]).toEqual({
      epoch: 1,
      step: 4,
      loss: 0.5,
      accuracy: 0.75,
      learningRate: 0.1,
      millis: 12,
    });
    expect(epochs[1].loss).toBe(Infinity);
    expect(epochs[1].validationLoss).toBeNaN();
    expect(epochs[1].millis).toBeNaN();
  });

  it.each([
    ['', /m\.csv is empty/],
    ['epoch,step,loss\n1,1,1\n', /m\.csv line 1: missing column learning_rate/],
    ['epoch,step,loss,learning_rate,gradient\n', /line 1: unknown column 'gradient'/],
    ['epoch,step,loss,learning_rate\n', /m\.csv holds no epoch/],
    ['epoch,step,loss,learning_rate\n1,1,0.5\n', /line 2: 3 cells where the header has 4/],
    ['epoch,step,loss,learning_rate\n1,1,,0.1\n', /line 2: loss is empty/],
    ['epoch,step,loss,learning_rate\n1,1,0.5,0.1\n3,2,0.4,0.1\n', /line 3: epoch 3, expected 2/],
    [
      'epoch,step,loss,learning_rate\n1,1,0.5,fast\n',
      /line 2: learning_rate 'fast' is not a number/,
    ],
  ])('refuses %j', (text, message) => {
    expect(() => readMetricsCsv(text, 'm.csv')).toThrow(message);
  });
});

describe('readRunJson', () => {
  const run = {
    format: 'neuron-lab-pytorch-run',
    experiment: { id: 3 },
    torch: '1.13.1',
    device: 'cpu',
    processes: 2,
    batchSize: 16,
    effectiveBatchSize: 32,
    learningRateFactor: 1,
    start: 'initial',
    status: 'early-stopped',
    reason: 'validation loss did not improve',
    final: { loss: 0.1, testLoss: null, testAccuracy: 0.9 },
  };

  it('reads where and how the run trained, leaving out a final metric that is not a number', () => {
    const info = readRunJson(JSON.stringify(run), 'run.json');
    expect(info).toMatchObject({
      experimentId: 3,
      processes: 2,
      effectiveBatchSize: 32,
      status: 'early-stopped',
    });
    expect(info.final).toEqual({ loss: 0.1, testAccuracy: 0.9 });
  });

  it.each([
    ['{', /run\.json is not JSON/],
    [JSON.stringify({ ...run, format: 'other' }), /not a run\.json written by an exported project/],
    [
      JSON.stringify({ ...run, status: 'great' }),
      /status must be one of done, early-stopped, diverged/,
    ],
    [JSON.stringify({ ...run, processes: 0 }), /processes must be a whole number ≥ 1, got 0/],
    [JSON.stringify({ ...run, experiment: {} }), /experiment\.id must be a whole number/],
  ])('refuses %s', (text, message) => {
    expect(() => readRunJson(text, 'run.json')).toThrow(message);
  });
});

describe('pytorchRunFiles (the files picked in Import a PyTorch run…)', () => {
  const file = (fileName: string) => ({ fileName, content: `text of ${fileName}` });

  it('tells the metrics, run.json and trained_weights.json apart by name', () => {
    expect(
      pytorchRunFiles([file('run.json'), file('metrics.csv'), file('trained_weights.json')]),
    ).toEqual({
      fileName: 'metrics.csv',
      metricsCsv: 'text of metrics.csv',
      runJson: 'text of run.json',
      trainedWeights: 'text of trained_weights.json',
    });
  });

  it('refuses a file that is not one of them, and no or two metrics files', () => {
    expect(() => pytorchRunFiles([file('metrics.csv'), file('notes.txt')])).toThrow(
      'notes.txt is not a file of a PyTorch run (metrics.csv, run.json, trained_weights.json)',
    );
    expect(() => pytorchRunFiles([file('run.json')])).toThrow(
      'expected one metrics .csv among the files, got none',
    );
    expect(() => pytorchRunFiles([file('a.csv'), file('b.csv')])).toThrow('got a.csv, b.csv');
  });
});
