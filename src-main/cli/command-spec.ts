import type { Services } from '../services/services';
import type { StartedServices } from '../services/start-services';

/** Parsed command line: the command, its positional arguments and its options. */
export interface ParsedArgs {
  /** the command's declared name ('train', 'lesson export'); undefined when none was given */
  command: string | undefined;
  positional: string[];
  options: Map<string, string | true>;
}

/** One option of a command, as the parser reads it and the usage text shows it. */
export interface OptionSpec {
  name: string;
  /** what its value is ('FILE', 'sgd|momentum|adam'); absent for a flag */
  value?: string;
  /** shown without brackets: the command refuses to run without it */
  required?: boolean;
}

/** What a command gets besides its arguments. */
export interface CommandContext {
  started: StartedServices;
  out: (line: string) => void;
  version: string;
  /** the entry module's import.meta.url: built files are found beside it */
  entryUrl: string;
}

/** A command of `neuron-lab`: its words, what it takes and what it does. */
export interface CommandSpec {
  /** 'train', or two words for an action of a command ('lesson export') */
  name: string;
  /** its positional arguments as the usage shows them ('ID', 'FILE') */
  operands?: string;
  /** what it does, a line or two for the usage text */
  summary: string;
  options: readonly OptionSpec[];
  /** @returns the exit code */
  run(args: ParsedArgs, services: Services, context: CommandContext): number | Promise<number>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'data-dir', value: 'DIR' },
  { name: 'help' },
];
