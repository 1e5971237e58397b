import type { AgentStatus } from '../domain/agent';

/** Time in each routing state, in ms. */
export type StateTimes = Record<AgentStatus, number>;

/**
 * What one agent did in one interval. Call counts follow the call's queue-entry interval (as queue figures
 * do, so an agent's handled calls add up to the queue's); time in each state is wall-clock time clipped to
 * the interval.
 */
export interface AgentFigures {
  /** Calls offered to the agent (their Teams rang). */
  offers: number;
  /** Offers the agent did not answer or declined. */
  missedOffers: number;
  /** Calls the agent answered and finished. */
  handled: number;
  /** Talk of those calls. */
  talkMs: number;
  /** Wrap-up after those calls. */
  wrapUpMs: number;
  stateMs: StateTimes;
}

const noTime: StateTimes = { offline: 0, available: 0, reserved: 0, busy: 0, wrapUp: 0, notReady: 0 };

/** Zero for every routing state: no time in it, or no agents in it. */
export function zeroPerStatus(): StateTimes {
  return { ...noTime };
}

/**
 * Adds to one state's entry. A switch rather than `record[status] += by`: statuses read from the log are
 * fresh strings, which a keyed store would first look up in V8's string table, on every event.
 */
export function addToStatus(record: StateTimes, status: AgentStatus, by: number): void {
  switch (status) {
    case 'offline':
      record.offline += by;
      return;
    case 'available':
      record.available += by;
      return;
    case 'reserved':
      record.reserved += by;
      return;
    case 'busy':
      record.busy += by;
      return;
    case 'wrapUp':
      record.wrapUp += by;
      return;
    case 'notReady':
      record.notReady += by;
      return;
    default: {
      // A status this build does not know (a newer writer): counted nowhere.
      const _unknown: never = status;
    }
  }
}

/** Figures of an interval where the agent did nothing. */
export function emptyAgentFigures(): AgentFigures {
  return { offers: 0, missedOffers: 0, handled: 0, talkMs: 0, wrapUpMs: 0, stateMs: zeroPerStatus() };
}

/** Adds `more` into `into`. */
export function addAgentFigures(into: AgentFigures, more: AgentFigures): AgentFigures {
  into.offers += more.offers;
  into.missedOffers += more.missedOffers;
  into.handled += more.handled;
  into.talkMs += more.talkMs;
  into.wrapUpMs += more.wrapUpMs;
  const time = into.stateMs;
  const added = more.stateMs;
  time.offline += added.offline;
  time.available += added.available;
  time.reserved += added.reserved;
  time.busy += added.busy;
  time.wrapUp += added.wrapUp;
  time.notReady += added.notReady;
  return into;
}

/** The sum of many figures, e.g. a day from its quarter-hours. */
export function sumAgentFigures(list: Iterable<AgentFigures>): AgentFigures {
  const total = emptyAgentFigures();
  for (const figures of list) addAgentFigures(total, figures);
  return total;
}
