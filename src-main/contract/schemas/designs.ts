/** Request schemas of the `designs:*` calls. */
import { id, integer, list, name, number, object, oneOf, positive } from './common';
import { networkSpec } from './network';

/** A single-unit design's settings (records.ts UnitDesign). */
const unitDesign = () =>
  object({
    model: oneOf(['mcculloch-pitts', 'perceptron', 'adaline', 'madaline']),
    learningRate: positive(100).optional(),
    epochs: integer(1, 1_000_000).optional(),
    coding: oneOf(['binary', 'bipolar']).optional(),
    threshold: number(-1e6, 1e6).optional(),
    inhibitory: list(integer(0, 65_535), 65_536).optional(),
    inhibition: oneOf(['weighted', 'absolute']).optional(),
    units: integer(1, 64).optional(),
    logic: oneOf(['and', 'or', 'majority']).optional(),
  });

export const designCalls = {
  'designs:list': object({}),
  /** creates a design, or replaces design `id` */
  'designs:save': object({
    id: id().optional(),
    name: name(),
    spec: networkSpec(),
    /** makes it a single-unit design (McCulloch–Pitts, perceptron, Adaline, MADALINE) */
    unit: unitDesign().optional(),
  }),
  'designs:rename': object({ id: id(), name: name() }),
  'designs:duplicate': object({ id: id(), name: name().optional() }),
  'designs:delete': object({ id: id() }),
};
