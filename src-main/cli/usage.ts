import type { CommandSpec, OptionSpec } from './command-spec';

const WIDTH = 96;
const INDENT = '        ';

/** `--data FILE`, `[--json]`. */
function shown(option: OptionSpec): string {
  const text = option.value === undefined ? `--${option.name}` : `--${option.name} ${option.value}`;
  return option.required ? text : `[${text}]`;
}

/** The command's synopsis wrapped at WIDTH, then its summary: generated from its
 * declaration, so the usage lists exactly what the parser accepts. */
export function commandUsage(command: CommandSpec): string {
  const words = [command.name, ...(command.operands ? [command.operands] : [])];
  const lines = [`  ${words.join(' ')}`];
  for (const part of command.options.map(shown)) {
    if (lines.at(-1)!.length + 1 + part.length > WIDTH) lines.push(`${INDENT}${part}`);
    else lines[lines.length - 1] += ` ${part}`;
  }
  for (const line of command.summary.split('\n')) lines.push(`${INDENT}${line}`);
  return lines.join('\n');
}

/** The whole usage text: every command with every option it declares. */
export function usage(commands: readonly CommandSpec[]): string {
  return [
    'usage: neuron-lab COMMAND [options]   (every command takes --data-dir DIR and --help)',
    ...commands.map(commandUsage),
  ].join('\n');
}
