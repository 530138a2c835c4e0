/** What the renderer receives when main refuses: `work` runs inside a handler, through the
 * dispatcher, so an error's detail is cleaned and sent as it would be. */
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';

export async function mainRefusal(work: () => void): Promise<LabError> {
  const handlers = withNotImplemented({
    'datasets:list': async () => {
      work();
      return { ok: true, value: [] };
    },
  });
  const result = await dispatch(handlers, 'datasets:list', {}, { host: 'local' });
  if (result.ok) throw new Error('expected main to refuse');
  return result.error;
}
