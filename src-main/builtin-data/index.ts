// The built-in datasets: the engine's generators and the real data shipped in
// resources/datasets/ (built by scripts/build-builtin-data.mjs). The public surface for
// handlers, the store and the command line (`builtin:NAME`).
export { BUILTIN_NAMES, getBuiltinInfo, isBuiltin, listBuiltins, loadBuiltin } from './catalogue';
export type { BuiltinInfo, BuiltinParams, LoadOptions } from './catalogue';
export { BuiltinDataError } from './errors';
export { generatedName } from './generated-name';
export type { BuiltinErrorCode } from './errors';
export { IRIS_FILE } from './iris';
export { MNIST_FILE } from './mnist';
export { DATASETS_FOLDER, defaultResourcesDir, resourcePath } from './resources';
