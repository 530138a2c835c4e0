// `neuron-lab`: the lab from the command line, for teachers preparing a class, scripted
// experiments and automation. Same services and database as the app; `serve` is also the
// local host's entry (out/main/local-host.js).
import { readFileSync } from 'node:fs';
import { BuiltinDataError } from '../builtin-data';
import { FileReadError } from '../files/read-bounded';
import { startServices } from '../services/start-services';
import { defaultDataDir } from '../store/data-dir';
import { localTrainerLauncher } from '../training/trainer-location';
import { COMMANDS } from './commands';
import { parseArgs, stringOption } from './parse-args';
import { commandUsage, usage } from './usage';
import { UsageError } from './usage-error';

/**
 * Runs one command line.
 * @param argv the arguments after the program's name
 * @param entryUrl the entry module's import.meta.url: the trainer, the renderer and
 *   package.json are found from it
 * @returns the exit code (0 done, 1 failed, 2 a mistake in the command line itself, 3 a
 *   lesson import that needs a choice)
 */
async function run(
  argv: readonly string[],
  entryUrl: string,
  out: (line: string) => void,
): Promise<number> {
  const args = parseArgs(argv, COMMANDS);
  const wanted = args.command === 'help' ? args.positional.join(' ') : args.command;
  const spec = COMMANDS.find((c) => c.name === wanted);
  if (!args.command || args.command === 'help' || args.options.has('help')) {
    out(spec ? commandUsage(spec) : usage(COMMANDS));
    return args.command ? 0 : 2;
  }
  if (!spec) throw new UsageError(`unknown command '${args.command}'`);
  const version = appVersion(entryUrl);
  const started = startServices({
    name: 'local',
    dataDir: stringOption(args, 'data-dir') ?? defaultDataDir(),
    launcher: localTrainerLauncher(entryUrl),
    appVersion: version,
  });
  const { services } = started;
  if (services.notice) process.stderr.write(`note: ${services.notice}\n`);
  try {
    return await spec.run(args, services, { started, out, version, entryUrl });
  } finally {
    // serve closes its services itself, when it is stopped
    if (spec.name !== 'serve') services.close();
  }
}

/** A mistake in the command line itself, rather than in the work it asked for. */
function isArgumentError(error: unknown): boolean {
  if (error instanceof UsageError) return true;
  if (error instanceof BuiltinDataError)
    return error.code === 'unknown-dataset' || error.code === 'bad-parameter';
  // a file named on the command line that is not there
  if (error instanceof FileReadError) return error.errno === 'ENOENT';
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** The version in package.json, two folders up from the entry (out/main/ or src-main/cli/). */
function appVersion(entryUrl: string): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', entryUrl), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * The command line as a process runs it: prints to stdout and stderr, and sets the exit code.
 * `neuron-lab list | head`: once the reader has gone, output is dropped (EPIPE) and the
 * command ends as it would have, its work stored, instead of dying with a stack trace.
 */
export async function runCommandLine(argv: readonly string[], entryUrl: string): Promise<void> {
  let stdoutGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutGone = true;
  });
  process.stderr.on('error', () => undefined);
  try {
    process.exitCode = await run(argv, entryUrl, (line) => {
      if (!stdoutGone) process.stdout.write(`${line}\n`);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`neuron-lab: ${message}\n`);
    process.exitCode = isArgumentError(error) ? 2 : 1;
  }
}
