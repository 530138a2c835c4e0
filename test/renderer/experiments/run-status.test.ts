import { describe, expect, it } from 'vitest';
import {
  STATUS_LABEL,
  STATUS_ORDER,
  hasModel,
  isActiveStatus,
} from '../../../src-renderer/experiments/run-status';

describe('run status', () => {
  it('orders and names every status once', () => {
    expect(new Set(STATUS_ORDER).size).toBe(7);
    expect(Object.keys(STATUS_LABEL).sort()).toEqual([...STATUS_ORDER].sort());
    expect(STATUS_LABEL.done).toBe('finished');
  });

  it('tells going runs from ended ones, and which ended with a usable model', () => {
    expect(STATUS_ORDER.filter(isActiveStatus)).toEqual(['running', 'paused', 'queued']);
    expect(STATUS_ORDER.filter(hasModel)).toEqual(['done', 'stopped']);
  });
});
