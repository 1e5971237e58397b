/**
 * @module
 * Contact-center KPIs computed from the event log: pure functions over event arrays, no IO and no clock.
 * `analyticsReport` makes one pass over the events and returns figures per queue and agent per interval
 * (15/30/60 minutes, days or one range, on a time zone's wall clock); `queueKpis` and `agentKpis` turn
 * figures into rates (service level and Teams' four variants, ASA, AHT, abandon rate, occupancy). The live
 * form, `createLiveState` + `applyEvent`, keeps the same figures for today plus who waits and agents by
 * state, at O(1) per event. `erlangC` and `agentsNeeded` size staff. Definitions: `src/analytics/README.md`.
 */

export { type AgentFigures, emptyAgentFigures, type StateTimes, sumAgentFigures } from './agent-figures';
export { type AgentKpis, agentKpis, staffedAgents } from './agent-kpis';
export type {
  AnalyticsEvent,
  AnalyticsEventName,
  EventPayloads,
  FutureEventName,
  OverflowReason,
} from './analytics-event';
export {
  agentsNeeded,
  type ErlangInput,
  type ErlangResult,
  erlangB,
  erlangC,
  type StaffingTarget,
  trafficErlangs,
} from './erlang-c';
export {
  type Interval,
  type IntervalSize,
  type Intervals,
  intervalIndex,
  intervalsOf,
  listIntervals,
  type ReportWindow,
  todayWindow,
} from './intervals';
export {
  applyEvent,
  createLiveState,
  type LiveAgent,
  type LiveOptions,
  type LiveQueue,
  type LiveState,
  liveAgents,
  liveIntraday,
  liveQueues,
} from './live';
export { addQueueFigures, emptyQueueFigures, type QueueFigures, sumQueueFigures } from './queue-figures';
export { type QueueKpis, queueKpis } from './queue-kpis';
export {
  type AgentReportRow,
  type AnalyticsReport,
  analyticsReport,
  type QueueReportRow,
  type ReportOptions,
} from './queue-report';
export { type StaffingGoal, staffingFor } from './queue-staffing';
export type { AgentSeed, QueueSetting } from './tally-state';
export { startOfDay, startOfNextDay, zoneOffsetMs } from './time-zone';
