import { describe, expect, it } from 'vitest';
import {
  fileProblem,
  formatBytes,
  MAX_FILE_BYTES,
  newRequestId,
  percentDone,
} from '../../../src-renderer/data/file-reading';

describe('fileProblem', () => {
  it('accepts CSV, TSV, TXT, JSON, Excel and ARFF files within the limit', () => {
    for (const name of ['a.csv', 'B.TSV', 'c.txt', 'd.json', 'e.XLSX', 'f.arff'])
      expect(fileProblem({ name, size: 10 })).toBeNull();
    expect(fileProblem({ name: 'big.csv', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('names a file over 200 MiB (the importer’s limit) with its size and the limit', () => {
    expect(fileProblem({ name: 'big.csv', size: MAX_FILE_BYTES + 1 })).toMatch(
      /^big\.csv is 200 MB \(209,715,201 bytes\); the lab imports files up to 200 MB \(209,715,200 bytes\)/,
    );
    expect(fileProblem({ name: 'huge.csv', size: 300 * 1024 * 1024 })).toMatch(/is 300 MB/);
  });

  it('refuses empty files and other kinds', () => {
    expect(fileProblem({ name: 'a.csv', size: 0 })).toBe('a.csv is empty.');
    expect(fileProblem({ name: 'photo.png', size: 10 })).toMatch(
      /photo\.png is not a file the lab reads \(CSV, TSV, JSON, Excel \.xlsx or Weka \.arff/,
    );
  });
});

describe('formatBytes and percentDone', () => {
  it('formats sizes', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(3.4 * 1024)).toBe('3.4 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
  });

  it('gives whole percents within 0–100', () => {
    expect(percentDone(0, 100)).toBe(0);
    expect(percentDone(333, 1000)).toBe(33);
    expect(percentDone(2000, 1000)).toBe(100);
    expect(percentDone(5, 0)).toBe(100);
    expect(percentDone(0, 0)).toBe(0);
  });
});

describe('newRequestId', () => {
  it('never repeats an id', () => {
    const ids = new Set(Array.from({ length: 50 }, newRequestId));
    expect(ids.size).toBe(50);
  });
});
