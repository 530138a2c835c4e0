/**
 * What the Electron preload exposes to the renderer as `window.lab`: one named function per
 * call, grouped by domain (`lab.datasets.list()`, `lab.runs.setLearningRate({ … })`), `on` for
 * the declared events, and the app's version. Never `ipcRenderer` itself. The renderer
 * imports this file's types only.
 */
import type { CallRequest, CallResponse } from './calls';
import type { CallName, EventName } from './names';
import type { Result } from './result';
import type { EventPayloads } from './types';

/** The domain of a call name: 'datasets' for 'datasets:list'. */
export type CallDomain<K extends string = CallName> = K extends `${infer D}:${string}` ? D : never;

/** A call's arguments: the request, optional when every field of it is. */
export type CallArgs<K extends CallName> =
  Record<string, never> extends CallRequest<K>
    ? [request?: CallRequest<K>]
    : [request: CallRequest<K>];

/** One call as a function. */
export type CallFunction<K extends CallName> = (
  ...args: CallArgs<K>
) => Promise<Result<CallResponse<K>>>;

/** `{ datasets: { list, get, … }, runs: { start, … }, … }` */
export type LabCalls = {
  [D in CallDomain]: {
    [K in CallName as K extends `${D}:${infer V}` ? V : never]: CallFunction<K>;
  };
};

/** Listens to one event. @returns a function that stops listening */
export type LabOn = <E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
) => () => void;

export type LabApi = LabCalls & {
  /** The app's version, from package.json. */
  readonly version: string;
  readonly on: LabOn;
};
