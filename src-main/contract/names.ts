/**
 * The names of every call and event of the lab's contract, as plain arrays: the one list the
 * preload (which must stay free of zod), the Electron host and the tests generate from.
 * `calls.ts` declares a request schema for each call name and `types.ts` a response and
 * payload type for each name; the compiler checks that all three lists agree.
 */

/** Every call, `domain:verb`, grouped by domain. */
export const CALL_NAMES = [
  'app:info',
  'datasets:list',
  'datasets:get',
  'datasets:builtins',
  'datasets:generate',
  'datasets:preview',
  'datasets:plan',
  'datasets:import',
  'datasets:delete',
  'datasets:upload',
  'designs:list',
  'designs:save',
  'designs:rename',
  'designs:duplicate',
  'designs:delete',
  'experiments:list',
  'experiments:get',
  'experiments:compare',
  'experiments:rename',
  'experiments:setNotes',
  'experiments:tag',
  'experiments:untag',
  'experiments:delete',
  'experiments:evaluate',
  'experiments:model',
  'runs:start',
  'runs:control',
  'runs:setLearningRate',
  'runs:setPace',
  'runs:keepRunning',
  'runs:watch',
  'runs:resume',
  'runs:rerun',
  'export:model',
  'export:report',
  'export:dataset',
  'export:metrics',
  'export:pytorch',
  'export:chart',
  'models:inspect',
  'models:import',
  'models:importPytorchRun',
  'labs:list',
  'labs:save',
  'labs:duplicate',
  'labs:delete',
  'progress:get',
  'progress:set',
  'progress:reset',
  'progress:report',
  'lessons:export',
  'lessons:inspect',
  'lessons:import',
  'lessons:openDialog',
  'settings:get',
  'settings:set',
] as const;

/** Every event main pushes to the renderer. */
export const EVENT_NAMES = [
  'runs:progress',
  'runs:status',
  'runs:settings',
  'runs:snapshot',
  'datasets:importProgress',
  'app:command',
] as const;

/** Events of which only the newest matters: a transport that cannot keep up may drop older
 * ones (a live snapshot is replaced by the next within a frame or two). */
export const LATEST_ONLY_EVENTS: ReadonlySet<string> = new Set(['runs:snapshot']);

export type CallName = (typeof CALL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const callNames: ReadonlySet<string> = new Set(CALL_NAMES);
const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES);

/** Whether a value is a declared call name (not merely a key of some object). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && callNames.has(name);
}

/** Whether a value is a declared event name. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventNames.has(name);
}

/** The IPC channel of a call in the Electron host: `lab:datasets:list`. */
export const callChannel = (name: CallName): `lab:${CallName}` => `lab:${name}`;

/** The IPC channel on which the Electron host sends every event to the window. */
export const EVENT_CHANNEL = 'lab:event';
