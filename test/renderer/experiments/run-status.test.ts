import { describe, expect, it } from 'vitest';
import {
  STATUS_ORDER,
  statusLabel,
  hasModel,
  isActiveStatus,
} from '../../../src-renderer/experiments/run-status';

describe('run status', () => {
  it('orders and names every status once', () => {
    expect(new Set(STATUS_ORDER).size).toBe(7);
    const names = STATUS_ORDER.map(statusLabel);
    expect(new Set(names).size).toBe(7);
    // a missing message would come back as its key
    expect(names.filter((name) => name.startsWith('experiments.'))).toEqual([]);
    expect(statusLabel('done')).toBe('finished');
  });

  it('tells going runs from ended ones, and which ended with a usable model', () => {
    expect(STATUS_ORDER.filter(isActiveStatus)).toEqual(['running', 'paused', 'queued']);
    expect(STATUS_ORDER.filter(hasModel)).toEqual(['done', 'stopped']);
  });
});
