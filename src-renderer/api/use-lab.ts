/**
 * The page's one LabClient, for components and stores: `useLab().call('datasets:builtins')`.
 * The singleton lives in ./index (created on first use); this module is the import views use.
 */
export { useLab } from './index';
export type { LabClient } from './index';
