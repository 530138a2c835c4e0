import type { LabHandlers } from '../../contract/handlers';
import { StoreError } from '../../store/store-error';
import { evaluateExperiment } from '../evaluate-experiment';
import { experimentModel } from '../experiment-model';
import type { Services } from '../services';
import { acknowledge, answer } from './answer';
import { notFoundDetail } from '../../store/store-messages';

type LibraryHandlers = Pick<
  LabHandlers,
  | 'designs:list' | 'designs:save' | 'designs:rename' | 'designs:duplicate' | 'designs:delete'
  | 'experiments:list' | 'experiments:get' | 'experiments:compare' | 'experiments:rename'
  | 'experiments:setNotes' | 'experiments:tag' | 'experiments:untag' | 'experiments:delete'
  | 'experiments:evaluate' | 'experiments:model'
>; // prettier-ignore

/** The `designs:*` and `experiments:*` calls: what the store keeps. */
export function libraryHandlers(services: Services): LibraryHandlers {
  const { store } = services;
  return {
    'designs:list': () => answer(() => store.designs.list()),
    // saving without `unit` makes (or keeps) it a plain network design
    'designs:save': ({ id, name, spec, unit }) =>
      answer(() => {
        if (id === undefined) return store.designs.create(name, spec, unit);
        const current = store.designs.get(id);
        if (!current)
          throw new StoreError(
            'not-found',
            `design ${id} does not exist`,
            notFoundDetail('design', id),
          );
        if (current.name !== name) store.designs.rename(id, name);
        return store.designs.update(id, spec, unit);
      }),
    'designs:rename': ({ id, name }) => answer(() => store.designs.rename(id, name)),
    'designs:duplicate': ({ id, name }) => answer(() => store.designs.duplicate(id, name)),
    'designs:delete': ({ id }) => acknowledge(() => store.designs.delete(id)),
    'experiments:list': (filter) => answer(() => store.listExperiments(filter)),
    'experiments:get': ({ id }) =>
      answer(() => {
        const [found] = store.compareExperiments([id]);
        if (!found)
          throw new StoreError(
            'not-found',
            `experiment ${id} does not exist`,
            notFoundDetail('experiment', id),
          );
        return found;
      }),
    'experiments:compare': ({ ids }) => answer(() => store.compareExperiments(ids)),
    'experiments:rename': ({ id, name }) => answer(() => store.experiments.rename(id, name)),
    'experiments:setNotes': ({ id, notes }) => answer(() => store.experiments.setNotes(id, notes)),
    'experiments:tag': ({ id, tag }) => answer(() => store.experiments.addTag(id, tag)),
    'experiments:untag': ({ id, tag }) => answer(() => store.experiments.removeTag(id, tag)),
    'experiments:delete': ({ id }) => acknowledge(() => store.experiments.delete(id)),
    'experiments:evaluate': ({ id }) => answer(() => evaluateExperiment(services, id)),
    'experiments:model': ({ id }) => answer(() => experimentModel(services, id)),
  };
}
