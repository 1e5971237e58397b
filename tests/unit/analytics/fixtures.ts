import type { AnalyticsEvent, EventPayloads, ReportOptions } from '../../../src/analytics';
import type { AgentStatus } from '../../../src/domain/agent';

/** Every fixture day is Monday 3 June 2024 in London, on summer time (UTC+1). */
export const timeZone = 'Europe/London';

/** Epoch ms of a London wall-clock time on the fixture day (`'09:14:30'`) or another June day (`'2 June 23:59'`). */
export function at(clock: string): number {
  const [, day = '3', h, m, s = '0'] = /^(?:(\d+) June )?(\d\d):(\d\d)(?::(\d\d))?$/.exec(clock) ?? [];
  if (h === undefined) throw new Error(`not a fixture time: ${clock}`);
  return Date.UTC(2024, 5, Number(day), Number(h) - 1, Number(m), Number(s));
}

type CallEventName = Exclude<keyof EventPayloads, 'agentState'>;

/** An interaction event as `src/calls` logs it. */
export function call<K extends CallEventName>(
  interactionId: string,
  clock: string,
  name: K,
  data: EventPayloads[K],
): AnalyticsEvent {
  return { interactionId, agentId: null, name, at: at(clock), data };
}

/** An agent's state change as `src/routing` logs it. */
export function agent(
  agentId: string,
  clock: string,
  previous: AgentStatus,
  status: AgentStatus,
): AnalyticsEvent {
  return {
    interactionId: null,
    agentId,
    name: 'agentState',
    at: at(clock),
    data: { status, reason: null, previous },
  };
}

/** A report over 09:00–10:00 London in quarter-hours, computed at 12:00, with sales at T = 20 s. */
export function quarterHours(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    window: { from: at('09:00'), to: at('10:00'), timeZone, size: 15 },
    now: at('12:00'),
    queues: [{ id: 'sales', serviceLevelSeconds: 20 }],
    ...overrides,
  };
}
