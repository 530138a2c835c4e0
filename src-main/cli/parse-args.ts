import { UsageError } from './usage-error';

/** Parsed command line: the command, its positional arguments and its options. */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Map<string, string | true>;
}

/**
 * Reads `command [positional…] [--name value | --name=value | --flag]`. Which options take a
 * value is declared, so that `--json` never swallows the next word.
 * @throws UsageError for an unknown option or a missing value
 */
export function parseArgs(
  argv: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
): ParsedArgs {
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
    if (flags.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (valued.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command: positional.shift(), positional, options };
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
