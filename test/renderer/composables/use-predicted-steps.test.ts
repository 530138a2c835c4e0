import { describe, expect, it } from 'vitest';
import { computed, ref } from 'vue';
import { usePredictedSteps } from '../../../src-renderer/composables/use-predicted-steps';
import { PerceptronWalk } from '../../../src-renderer/labs/models/perceptron-walk';
import type { LabPoint } from '../../../src-main/contract/lab-document/figures-classic';

const POINTS: LabPoint[] = [
  [0, 0, 0],
  [1, 1, 1],
];

describe('usePredictedSteps().frameProps', () => {
  it('hands LabsStepFigure the walk’s last step and table with the figure’s own readouts, kept current', () => {
    const s = usePredictedSteps(1);
    const caption = ref('first');
    const error = ref<string | null>(null);
    const facts = computed(() => [{ label: 'steps', value: s.tick.value }]);
    const frame = s.frameProps({
      next: () => `next after ${s.tick.value}`,
      actions: [],
      facts,
      caption: () => caption.value,
      error,
    });
    expect(frame.value).toMatchObject({ last: null, steps: [], caption: 'first', error: null });

    const walk = new PerceptronWalk(POINTS, [0, 0, 0], 0.5);
    s.keep([s.record(walk, 0.5, POINTS, null)]);
    s.keep([s.record(walk, 0.5, POINTS, [1, 1, 1])]);
    caption.value = 'second';
    error.value = 'rate note';

    expect(frame.value.steps).toHaveLength(1);
    expect(frame.value.steps[0].sample).toBe(1);
    expect(frame.value.last?.record.predicted).toEqual([1, 1, 1]);
    expect(frame.value.facts).toEqual([{ label: 'steps', value: 2 }]);
    expect(frame.value).toMatchObject({
      next: 'next after 2',
      caption: 'second',
      error: 'rate note',
    });
  });
});
