/** The lab's contract: every call and event, declared once. Main imports from here; the
 * renderer imports types only (and the wire codec, which is pure). */
export { calls, type CallRequest, type CallResponse, type ValidRequest } from './calls';
export { dispatch } from './dispatch';
export { formatIssues } from './format-issues';
export {
  createEventHub,
  withNotImplemented,
  type CallContext,
  type Handler,
  type LabEvent,
  type LabEventSource,
  type LabEvents,
  type LabHandlers,
} from './handlers';
export type { CallArgs, CallFunction, LabApi, LabCalls, LabOn } from './lab-api';
export {
  CALL_NAMES,
  EVENT_CHANNEL,
  EVENT_NAMES,
  callChannel,
  isCallName,
  isEventName,
  type CallName,
  type EventName,
} from './names';
export {
  fail,
  ok,
  type ErrorCode,
  type KnownErrorCode,
  type LabError,
  type Result,
} from './result';
export type * from './types';
