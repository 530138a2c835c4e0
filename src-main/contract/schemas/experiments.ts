/** Request schemas of the `experiments:*` calls. */
import { z } from 'zod';
import { RUN_STATUSES } from '../../store/records';
import { id, integer, list, name, object, oneOf, tag, text } from './common';
import { worded } from './request-words';

/** The longest notes an experiment keeps. */
export const MAX_NOTES = 100_000;

const status = () => oneOf(RUN_STATUSES);

export const experimentCalls = {
  'experiments:list': object({
    status: z.union([status(), list(status(), RUN_STATUSES.length)]).optional(),
    tag: tag().optional(),
    search: text(200).optional(),
    sort: oneOf(['newest', 'oldest', 'name', 'status', 'recently-finished']).optional(),
    limit: integer(1, 10_000).optional(),
  }),
  'experiments:get': object({ id: id() }),
  'experiments:compare': object({
    ids: list(id(), 100).min(2, {
      error: worded('expected at least 2 experiments', 'experimentsAtLeast', { count: 2 }),
    }),
  }),
  'experiments:rename': object({ id: id(), name: name() }),
  'experiments:setNotes': object({ id: id(), notes: text(MAX_NOTES) }),
  'experiments:tag': object({ id: id(), tag: tag() }),
  'experiments:untag': object({ id: id(), tag: tag() }),
  'experiments:delete': object({ id: id() }),
  /** a finished run's model on each part of its data: confusion, predictions, mistakes */
  'experiments:evaluate': object({ id: id() }),
  /** a finished run's trained model (the engine's model file) */
  'experiments:model': object({ id: id() }),
};
