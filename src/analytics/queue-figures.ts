/**
 * What happened in one queue in one interval: counts and sums, each call counted in the interval in which it
 * ENTERED the queue (Teams' and most vendors' convention), so an interval's figures settle once its calls
 * have left the queue and a call is never split across intervals. Rates come from `queueKpis`.
 */
export interface QueueFigures {
  /** Calls that entered the queue (`queued`). Callers refused because the queue was full are not offered. */
  offered: number;
  /** Offered calls connected to an agent. */
  answered: number;
  /** Answered within the queue's service-level threshold (wait <= T). */
  answeredInSl: number;
  /** Callers who hung up while waiting or while an agent's Teams rang, after the short-abandon threshold. */
  abandoned: number;
  /** Callers who hung up before the short-abandon threshold (default 5 s): misdials, instant hang-ups. */
  shortAbandoned: number;
  /** Abandons of either kind within the service-level threshold (Teams `sl_tot_abandoned_calls`). */
  abandonedInSl: number;
  /** Abandons (of either kind) that happened while an agent's Teams rang. */
  abandonedDuringOffer: number;
  /** Callers who asked to be called back (`callbackRequested`); not abandons. */
  callbacks: number;
  /** Callers who left a voicemail from the queue (`voicemailLeft`); not abandons. */
  voicemails: number;
  /** Callers refused because the queue was full; counted when refused (they never entered). */
  overflowedMaxSize: number;
  /** Callers who reached the queue's max wait. */
  overflowedMaxWait: number;
  /** Callers the queue's overflow action transferred to a person or number. */
  transferred: number;
  /** Waiting callers a supervisor moved to another queue (offered there too). */
  movedOut: number;
  /** Offers an agent did not answer or declined (Teams `tot_agent_presents`). */
  missedOffers: number;
  /** Answered calls whose talk has ended (the base of AHT). */
  handled: number;
  /** Total wait of answered calls (the base of ASA). */
  answeredWaitMs: number;
  /** Calls that left the queue by any exit (answered, abandoned, max wait, callback, voicemail). */
  exits: number;
  /** Total wait of those exits (average wait). */
  exitWaitMs: number;
  /** Longest of those waits. */
  longestWaitMs: number;
  /** Total wait of the (not short) abandons (average time to abandon). */
  abandonWaitMs: number;
  /** Talk of handled calls: `connected` to `ended` (handled). */
  talkMs: number;
  /** Wrap-up after handled calls: the agent's `wrapUp` state to leaving it. */
  wrapUpMs: number;
}

const zero: QueueFigures = {
  offered: 0,
  answered: 0,
  answeredInSl: 0,
  abandoned: 0,
  shortAbandoned: 0,
  abandonedInSl: 0,
  abandonedDuringOffer: 0,
  callbacks: 0,
  voicemails: 0,
  overflowedMaxSize: 0,
  overflowedMaxWait: 0,
  transferred: 0,
  movedOut: 0,
  missedOffers: 0,
  handled: 0,
  answeredWaitMs: 0,
  exits: 0,
  exitWaitMs: 0,
  longestWaitMs: 0,
  abandonWaitMs: 0,
  talkMs: 0,
  wrapUpMs: 0,
};
const keys = Object.keys(zero) as (keyof QueueFigures)[];

/** Figures of an interval where nothing happened. */
export function emptyQueueFigures(): QueueFigures {
  return { ...zero };
}

/** Adds `more` into `into` (intervals into a day, queues into a group); longest wait is the larger. */
export function addQueueFigures(into: QueueFigures, more: QueueFigures): QueueFigures {
  for (const key of keys)
    into[key] = key === 'longestWaitMs' ? Math.max(into[key], more[key]) : into[key] + more[key];
  return into;
}

/** The sum of many figures, e.g. an hour from four quarter-hours, or a day. */
export function sumQueueFigures(list: Iterable<QueueFigures>): QueueFigures {
  const total = emptyQueueFigures();
  for (const figures of list) addQueueFigures(total, figures);
  return total;
}
