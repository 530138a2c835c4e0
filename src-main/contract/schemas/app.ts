/** Request schemas of the `app:*` calls. */
import { empty } from './common';

export const appCalls = {
  'app:info': empty(),
};
