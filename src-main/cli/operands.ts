import type { ParsedArgs } from './command-spec';
import { UsageError } from './usage-error';

/**
 * The single operand of a command that takes exactly one.
 * @param what how the usage message names the missing operand ('a model file (FILE.json)')
 * @param noun what one of them is called when too many are given ('file')
 * @throws UsageError naming the command when there is none or more than one
 */
export function oneOperand(args: ParsedArgs, command: string, what: string, noun: string): string {
  const [operand, ...rest] = args.positional;
  if (!operand) throw new UsageError(`${command} needs ${what}`);
  if (rest.length) {
    throw new UsageError(`${command} takes one ${noun}, got '${args.positional.join(' ')}'`);
  }
  return operand;
}

/**
 * The experiment id a command works on: its only operand, a whole number from 1.
 * @throws UsageError naming the command and what was given instead
 */
export function experimentIdOperand(args: ParsedArgs, command: string): number {
  const raw = args.positional[0];
  const id = Number(raw);
  if (!raw || !Number.isInteger(id) || id < 1) {
    throw new UsageError(`${command} needs an experiment id (a whole number), got '${raw ?? ''}'`);
  }
  return Number(oneOperand(args, command, 'an experiment id', 'experiment id'));
}
