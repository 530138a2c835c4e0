/** Request schemas of the `designs:*` calls. */
import { id, name, object } from './common';
import { networkSpec } from './network';

export const designCalls = {
  'designs:list': object({}),
  /** creates a design, or replaces design `id` */
  'designs:save': object({ id: id().optional(), name: name(), spec: networkSpec() }),
  'designs:rename': object({ id: id(), name: name() }),
  'designs:duplicate': object({ id: id(), name: name().optional() }),
  'designs:delete': object({ id: id() }),
};
