import type { Lab } from '../lab/lab';
import type { ParsedArgs } from './parse-args';
import { UsageError } from './usage-error';

/** `neuron-lab serve`: the lab on the local host (wired once the contract's handlers land). */
export function serveCommand(_args: ParsedArgs, _lab: Lab, _out: (line: string) => void): number {
  throw new UsageError('serve is not available yet in this build');
}
