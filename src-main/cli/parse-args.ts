import type { CommandSpec, ParsedArgs } from './command-spec';
import { GLOBAL_OPTIONS } from './command-spec';
import { UsageError } from './usage-error';

export type { ParsedArgs };

/**
 * Reads `command [positional…] [--name value | --name=value | --flag]` against the commands'
 * declarations: an option the command does not declare (nor every command: --data-dir,
 * --help) is refused, naming the options it does take, and `--json` never swallows the next
 * word because which options take a value is declared.
 * @throws UsageError for an unknown command, an option the command does not take, a missing
 *   value or a value given to a flag
 */
export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): ParsedArgs {
  const words = commandWords(argv, commands);
  const spec = findCommand(words, commands);
  const declared = new Map([...GLOBAL_OPTIONS, ...(spec?.options ?? [])].map((o) => [o.name, o]));
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = declared.get(name);
    if (!option) throw new UsageError(refusal(name, spec, commands));
    if (option.value === undefined) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value (${option.value})`);
    options.set(name, value);
  }
  // the command's own words are not its operands
  positional.splice(0, spec ? spec.name.split(' ').length : Math.min(1, positional.length));
  return { command: spec?.name ?? words[0], positional, options };
}

/** The first two words that are not options or their values: the command and, for
 * `lesson`, its action. */
function commandWords(argv: readonly string[], commands: readonly CommandSpec[]): string[] {
  const valued = new Set(
    [...GLOBAL_OPTIONS, ...commands.flatMap((c) => c.options)]
      .filter((o) => o.value !== undefined)
      .map((o) => `--${o.name}`),
  );
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    if (valued.has(argv[i])) i++;
    else if (!argv[i].startsWith('--')) words.push(argv[i]);
  }
  return words;
}

/** @throws UsageError for a command that is not declared */
function findCommand(words: string[], commands: readonly CommandSpec[]): CommandSpec | undefined {
  const [first, second] = words;
  if (first === undefined || first === 'help') return undefined;
  const exact =
    commands.find((c) => c.name === `${first} ${second}`) ?? commands.find((c) => c.name === first);
  if (exact) return exact;
  const actions = commands.filter((c) => c.name.startsWith(`${first} `));
  if (actions.length > 0) {
    const choices = actions.map((c) => `'${c.name.split(' ')[1]}'`).join(' or ');
    throw new UsageError(`${first} needs ${choices}, got '${second ?? ''}'`);
  }
  const names = [...new Set(commands.map((c) => c.name.split(' ')[0]))].join(', ');
  throw new UsageError(`unknown command '${first}' (${names})`);
}

/** "train does not take --port (its options: --data, …)", or "unknown option --frob". */
function refusal(
  name: string,
  spec: CommandSpec | undefined,
  commands: readonly CommandSpec[],
): string {
  const known = commands.some((c) => c.options.some((o) => o.name === name));
  if (!spec || !known) return `unknown option --${name}`;
  const own = spec.options.map((o) => `--${o.name}`);
  const takes = own.length > 0 ? `its options: ${own.join(', ')}` : 'it takes only --data-dir';
  return `${spec.name} does not take --${name} (${takes}; see neuron-lab ${spec.name} --help)`;
}

/** A whole number option within bounds. @throws UsageError naming the option */
export function intOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw === true || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max}, got '${String(raw)}'`,
    );
  }
  return value;
}

/** A positive number option. @throws UsageError naming the option */
export function numberOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw === true || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name} must be a positive number, got '${String(raw)}'`);
  }
  return value;
}

/** One of a fixed set of words. @throws UsageError listing the choices */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (raw === true || !(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got '${String(raw)}'`);
  }
  return raw as T;
}

/** A text option. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const raw = args.options.get(name);
  return raw === true ? undefined : raw;
}
