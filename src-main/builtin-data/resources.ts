import { existsSync } from 'node:fs';
import { FileReadError, readBoundedSync } from '../files/read-bounded';
import path from 'node:path';
import { BuiltinDataError, REBUILD_HINT } from './errors';

/** The largest shipped data file read (MNIST's is about 41 MB): a damaged or replaced one
 * cannot make the lab read without end. */
const MAX_RESOURCE_BYTES = 256 * 1024 * 1024;

/** The folder below the resources folder that holds the shipped data files. */
export const DATASETS_FOLDER = 'datasets';

/**
 * The resources folder when none is given: the nearest `resources/` holding `datasets/`
 * above this file, which is `<repo>/resources` both from the source
 * (src-main/builtin-data/) and from a build (out/main/, or a chunk folder below it).
 * The packaged Electron app passes `process.resourcesPath` instead.
 * If none is found, `<repo>/resources` as seen from the source, so errors name that path.
 */
export function defaultResourcesDir(): string {
  let dir = import.meta.dirname;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'resources');
    if (existsSync(path.join(candidate, DATASETS_FOLDER))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(import.meta.dirname, '..', '..', 'resources');
}

/** The full path of a shipped data file. */
export function resourcePath(resourcesDir: string, file: string): string {
  return path.resolve(resourcesDir, DATASETS_FOLDER, file);
}

/**
 * Reads a shipped data file.
 * @throws BuiltinDataError 'missing-resource' naming the path and how to rebuild the file,
 *   or 'corrupt-resource' when it exists but cannot be read
 */
export function readResource(dataset: string, resourcesDir: string, file: string): Buffer {
  const full = resourcePath(resourcesDir, file);
  try {
    return readBoundedSync(full, { maxBytes: MAX_RESOURCE_BYTES, what: 'the data file' });
  } catch (error) {
    const code = error instanceof FileReadError ? error.errno : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new BuiltinDataError(
        'missing-resource',
        dataset,
        `built-in dataset '${dataset}': its data file ${full} is missing; ${REBUILD_HINT}`,
      );
    }
    throw corrupt(dataset, full, `cannot be read (${(error as Error).message})`);
  }
}

/** The error for a shipped data file that is there but not usable. */
export function corrupt(dataset: string, file: string, detail: string): BuiltinDataError {
  return new BuiltinDataError(
    'corrupt-resource',
    dataset,
    `built-in dataset '${dataset}': its data file ${file} ${detail}; ${REBUILD_HINT}`,
  );
}
