import { trainedModel, type TrainedModel } from '../services/trained-model';
import type { Services } from '../services/services';
import type { UnitDesign } from '../store/records';
import type { ExportableModel } from './exportable-model';

/** Why a design's model is not a stack of dense layers, or undefined when it is. */
export function unitNotExpressible(unit: UnitDesign | undefined): string | undefined {
  if (
    unit?.model === 'mcculloch-pitts' &&
    unit.inhibition === 'absolute' &&
    (unit.inhibitory?.length ?? 0) > 0
  ) {
    return 'absolute inhibition is a veto, not a weight (any active inhibitory input stops the unit whatever the sum); switch the design to weighted inhibition to export it';
  }
  return undefined;
}

/**
 * A finished run's model with what the exporters need: its derived inputs and whether its
 * design is a unit that plain layers cannot express.
 * @throws RunRequestError('not-found' | 'conflict') as trainedModel
 */
export function exportableExperiment(
  services: Services,
  id: number,
  trained: TrainedModel = trainedModel(services.store, id),
): ExportableModel {
  const { record, file } = trained;
  const design = record.designId !== null ? services.store.designs.get(record.designId) : undefined;
  const derived = record.config.derived ?? [];
  return {
    name: record.name,
    model: file,
    derived: derived.length ? derived : undefined,
    notExpressible: unitNotExpressible(design?.unit),
  };
}
