import { describe, expect, it } from 'vitest';
import { DatasetService } from '../../../src-main/services/dataset-service';
import { tempStore } from '../store/helpers';

const MAIN_NAME = 'Spiral (count 40, noise 0.1)';

describe("a built-in dataset's name", () => {
  it('says main chose it, and from what, when no one named the dataset', () => {
    const service = new DatasetService(tempStore());
    const drawn = service.addBuiltin('spiral', { count: 40, noise: 0.1 });
    expect(drawn.name).toBe(MAIN_NAME);
    expect(drawn.nameFrom).toEqual({ builtin: 'spiral', params: { count: 40, noise: 0.1 } });
    expect(service.addBuiltin('iris').nameFrom).toEqual({ builtin: 'iris', params: {} });
  });

  it("is the person's when given, even in main's own words, and after a rename", () => {
    const store = tempStore();
    const service = new DatasetService(store);
    const typed = service.addBuiltin('spiral', { count: 40, noise: 0.1 }, undefined, MAIN_NAME);
    expect(typed.name).toBe(MAIN_NAME);
    expect(typed).not.toHaveProperty('nameFrom');

    const drawn = service.addBuiltin('circle', { count: 40 });
    expect(drawn.nameFrom).toEqual({
      builtin: 'circle',
      params: expect.objectContaining({ count: 40 }),
    });
    const renamed = store.datasets.rename(drawn.id, drawn.name);
    expect(renamed.name).toBe(drawn.name);
    expect(renamed).not.toHaveProperty('nameFrom');
  });
});
