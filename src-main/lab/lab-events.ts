/** Where services send the events that views and the command line follow
 * (`runs:progress`, `runs:status`, `runs:snapshot`, …); each host forwards them. */
export interface LabEventSink {
  emit(name: string, payload: unknown): void;
}

/** A sink that drops everything (for the command line without a listener, and tests). */
export const noEvents: LabEventSink = { emit: () => undefined };
