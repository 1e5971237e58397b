/**
 * @module
 * The call state machine and its shell. `transition` is pure: (interaction, event, context) -> the next
 * interaction and commands. `arrive` begins an interaction. `createCallProcessor` runs each fact in one
 * transaction that stores the result with its outbox, timers, agent changes and events.
 */

export { type AfterCommit, afterCommit, applyStep, changeAgent } from './apply-step';
export type { Arrival } from './arrive';
export { arrive } from './arrive';
export type { CallContext, Schedule } from './call-context';
export type { CallEvent, CallEventType, InteractionTimer, TimerName } from './call-event';
export { type CallProcessor, createCallProcessor, type IncomingCall, type Outcome } from './call-processor';
export type { Command, GraphCommand, LoggedEventName, TransferTarget } from './command';
export { transition } from './transition';
