/** The figure kinds of the first lab: the biological neuron and a short history. */
import { z } from 'zod';
import { figureKind } from './figure-kind';
import { id, list, num, oneOf, record, text } from './fields';

const synapse = record({
  name: text(),
  kind: oneOf(['excitatory', 'inhibitory']),
  /** strength, > 0 */
  weight: z.number().gt(0, { error: 'must be a number above 0 and at most 10' }).max(10, {
    error: 'must be a number above 0 and at most 10',
  }),
});

/** A neuron with a few synapses and a threshold. */
const bioNeuron = record({ synapses: list(synapse, 2, 4), threshold: num(-20, 20) });

/** One event of the timeline. */
const historyEvent = record({
  id: id(),
  year: z.int({ error: 'must be a whole year' }),
  /** short label on the timeline ("McCulloch and Pitts") */
  who: text(),
  /** what happened, a sentence */
  what: text(),
  /** how the date is written when the year alone would be too exact ("2000s") */
  when: text().optional(),
});

/** Events by year, and problems to match with the work that answered them. */
const historyTimeline = record({
  events: list(historyEvent, 2),
  questions: list(record({ id: id(), text: text() }), 1),
});

export const HISTORY_FIGURES = {
  'bio-neuron': figureKind('A biological neuron', [], bioNeuron),
  'history-timeline': figureKind('A short history', [], historyTimeline),
};

export type Synapse = z.infer<typeof synapse>;
export type BioNeuronSetup = z.infer<typeof bioNeuron>;
export type HistoryEvent = z.infer<typeof historyEvent>;
export type HistoryTimelineSetup = z.infer<typeof historyTimeline>;
