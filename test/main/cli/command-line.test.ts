import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src-main/cli/commands';
import { parseArgs } from '../../../src-main/cli/parse-args';
import { commandUsage, usage } from '../../../src-main/cli/usage';

const EVERY_OPTION = [...new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)))];

/** The command's words plus its operands, as a person types them. */
const typed = (name: string): string[] => [...name.split(' '), ...(name === 'show' ? ['1'] : [])];

describe('the command line', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s refuses every option it does not declare, naming the ones it takes',
    (name, command) => {
      const own = new Set(command.options.map((o) => o.name));
      const foreign = EVERY_OPTION.filter((o) => !own.has(o));
      expect(foreign.length).toBeGreaterThan(0);
      for (const option of foreign) {
        expect(() => parseArgs([...typed(name), `--${option}`, 'x'], COMMANDS)).toThrow(
          `${name} does not take --${option}`,
        );
      }
    },
  );

  it('train refuses --port with the options it takes', () => {
    expect(() => parseArgs(['train', '--data', 'builtin:xor', '--port', '8080'], COMMANDS)).toThrow(
      /^train does not take --port \(its options: --data, --target, .*--json; see neuron-lab train --help\)$/,
    );
  });

  it('accepts what a command declares, and --data-dir and --help everywhere', () => {
    const args = parseArgs(
      ['--data-dir', '/d', 'lesson', 'import', 'a.nnlab', '--keep-both', '--json'],
      COMMANDS,
    );
    expect(args.command).toBe('lesson import');
    expect(args.positional).toEqual(['a.nnlab']);
    expect(Object.fromEntries(args.options)).toEqual({
      'data-dir': '/d',
      'keep-both': true,
      json: true,
    });
    expect(parseArgs(['serve', '--port=0', '--help'], COMMANDS).options.get('port')).toBe('0');
    // a flag never swallows the next word; a valued option never takes an option as value
    expect(parseArgs(['list', '--json', 'extra'], COMMANDS).positional).toEqual(['extra']);
    expect(() => parseArgs(['train', '--data', '--json'], COMMANDS)).toThrow(
      '--data needs a value (FILE|builtin:NAME)',
    );
    expect(() => parseArgs(['list', '--json=yes'], COMMANDS)).toThrow('--json takes no value');
  });

  it('names what is wrong with a command word', () => {
    expect(() => parseArgs(['launch'], COMMANDS)).toThrow(/^unknown command 'launch' \(train, /);
    expect(() => parseArgs(['lesson', 'send'], COMMANDS)).toThrow(
      "lesson needs 'export' or 'import', got 'send'",
    );
    expect(() => parseArgs(['list', '--frobnicate'], COMMANDS)).toThrow(
      'unknown option --frobnicate',
    );
  });

  it('lists every command and every option each one declares in its usage', () => {
    const text = usage(COMMANDS);
    for (const command of COMMANDS) {
      const block = commandUsage(command);
      expect(text).toContain(block);
      expect(block.startsWith(`  ${command.name}`)).toBe(true);
      for (const option of command.options) {
        const shown =
          option.value === undefined ? `--${option.name}` : `--${option.name} ${option.value}`;
        expect(block).toContain(option.required ? ` ${shown}` : `[${shown}]`);
      }
    }
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(96);
  });
});
