/**
 * The figure kinds of the first lab (the biological neuron, a short history) and their setup
 * checks. figure-kinds.ts spreads them into its registry.
 */
import type { FieldProblem } from '../problems';
import type { BioNeuron } from './bio-neuron';

/** Setup of 'bio-neuron': a neuron with a few synapses and a threshold. */
export type BioNeuronSetup = BioNeuron;

/** One event of the timeline. */
export interface HistoryEvent {
  id: string;
  year: number;
  /** short label on the timeline ("McCulloch and Pitts") */
  who: string;
  /** what happened, a sentence */
  what: string;
  /** how the date is written when the year alone would be too exact ("2000s") */
  when?: string;
}

/** Setup of 'history-timeline': events by year, and problems to match with the work that answered them. */
export interface HistoryTimelineSetup {
  events: HistoryEvent[];
  questions: { id: string; text: string }[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

export const HISTORY_FIGURE_KINDS = {
  'bio-neuron': {
    label: 'A biological neuron',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const s = setup.synapses;
      if (!Array.isArray(s) || s.length < 2 || s.length > 4)
        out.push({ path: 'synapses', message: 'must be 2 to 4 synapses { name, kind, weight }' });
      else
        s.forEach((syn, i) => {
          const x = syn as Record<string, unknown>;
          if (
            !text(x?.name) ||
            (x.kind !== 'excitatory' && x.kind !== 'inhibitory') ||
            !(typeof x.weight === 'number' && x.weight > 0 && x.weight <= 10)
          )
            out.push({
              path: `synapses[${i}]`,
              message: 'must be { name, kind: excitatory or inhibitory, weight from 0 to 10 }',
            });
        });
      const t = setup.threshold;
      if (typeof t !== 'number' || !Number.isFinite(t) || Math.abs(t) > 20)
        out.push({ path: 'threshold', message: 'must be a number from −20 to 20' });
      return out;
    },
  },
  'history-timeline': {
    label: 'A short history',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const ev = setup.events;
      if (!Array.isArray(ev) || ev.length < 2)
        out.push({ path: 'events', message: 'must be at least 2 events { id, year, who, what }' });
      else
        ev.forEach((e, i) => {
          const x = e as Record<string, unknown>;
          if (
            !(typeof x?.id === 'string' && ID.test(x.id)) ||
            !Number.isInteger(x.year) ||
            !text(x.who) ||
            !text(x.what)
          )
            out.push({ path: `events[${i}]`, message: 'must be { id, year (whole), who, what }' });
        });
      const q = setup.questions;
      if (!Array.isArray(q) || q.length < 1)
        out.push({ path: 'questions', message: 'must be at least 1 question { id, text }' });
      else
        q.forEach((x, i) => {
          if (!(typeof x?.id === 'string' && ID.test(x.id)) || !text(x.text))
            out.push({ path: `questions[${i}]`, message: 'must be { id, text }' });
        });
      return out;
    },
  },
};
