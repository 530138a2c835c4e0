// A dataset and a run's metrics as CSV: numbers stay numbers, text a spreadsheet would run
// as a formula is defused, every row says which part it belongs to.
import { afterAll, describe, expect, it } from 'vitest';
import { datasetCsv } from '../../../src-main/export/csv/dataset-csv';
import { metricsCsv } from '../../../src-main/export/csv/metrics-csv';
import { emptyCurves } from '../../../src-main/store/metric-curves';
import { openTestLab } from './services-fixture';

const { lab } = openTestLab();
afterAll(() => lab.close());

describe('dataset CSV', () => {
  it('defuses formula-like names and classes, keeps negative numbers as numbers', () => {
    const { dataset } = lab.store.datasets.add({
      name: 'hostile',
      source: 'test',
      columns: [
        { name: '=HYPERLINK("http://evil")', type: 'numeric', role: 'input' },
        { name: 'size', type: 'numeric', role: 'input' },
        {
          name: '@kind',
          type: 'categorical',
          role: 'target',
          categories: ['=1+1', '-bad', 'plain'],
        },
      ],
      task: 'classification',
      rowCount: 3,
      split: { train: 1, validation: 0, test: 0 },
      x: Float32Array.from([-1.5, 2, 0.25, -3, 4, 5]),
      y: Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]),
      labels: Int32Array.from([0, 1, 2]),
    });
    const lines = datasetCsv(lab.store.datasets.get(dataset.id)!).split('\r\n');
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://evil"")",size,'@kind,part`);
    expect(lines[1]).toBe("-1.5,2,'=1+1,train");
    expect(lines[2]).toBe("0.25,-3,'-bad,train");
    expect(lines[3]).toBe('4,5,plain,train');
  });

  it('marks each row with its part under the dataset’s split', () => {
    const summary = lab.datasets.addBuiltin(
      'xor',
      { count: 100 },
      { train: 0.6, validation: 0.2, test: 0.2, seed: 4 },
    );
    const lines = datasetCsv(lab.store.datasets.get(summary.id)!).trimEnd().split('\r\n');
    expect(lines).toHaveLength(101);
    const count = (part: string) => lines.filter((l) => l.endsWith(`,${part}`)).length;
    expect([count('train'), count('validation'), count('test')]).toEqual([60, 20, 20]);
  });
});

describe('metrics CSV', () => {
  it('one row per epoch, unmeasured metrics empty', () => {
    const curves = emptyCurves(2);
    curves.epoch.set([1, 2]);
    curves.step.set([10, 20]);
    curves.loss.set([0.7, 0.5]);
    curves.accuracy.set([0.5, 0.75]);
    curves.validationLoss.set([NaN, NaN]);
    curves.validationAccuracy.set([NaN, NaN]);
    curves.learningRate.set([0.1, 0.1]);
    curves.millis.set([3, 4]);
    expect(metricsCsv(curves)).toBe(
      'epoch,step,loss,accuracy,validation_loss,validation_accuracy,learning_rate,milliseconds\r\n' +
        '1,10,0.7,0.5,,,0.1,3\r\n2,20,0.5,0.75,,,0.1,4\r\n',
    );
  });
});
