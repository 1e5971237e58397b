/** Traffic offered to a group of agents, and the answer-time target, as Erlang C takes them. */
export interface ErlangInput {
  /** Calls arriving in the interval. */
  callsPerInterval: number;
  /** The interval's length in seconds (1800 for half an hour). */
  intervalSeconds: number;
  /** Average handle time in seconds (talk + wrap-up). */
  ahtSeconds: number;
  /** Service-level threshold T: answered within this many seconds. */
  targetSeconds: number;
}

/** What Erlang C predicts for `agents` agents. */
export interface ErlangResult {
  /** Traffic intensity A = calls × AHT / interval, in Erlangs. */
  trafficErlangs: number;
  agents: number;
  /** Probability a caller waits at all (P_w). 1 when agents <= traffic: the queue grows without end. */
  waitProbability: number;
  /** Share answered within T: 1 − P_w × e^(−(N − A) T / AHT). */
  serviceLevel: number;
  /** Average speed of answer in seconds: P_w × AHT / (N − A); Infinity when agents <= traffic. */
  asaSeconds: number;
  /** A / N, at most 1. */
  occupancy: number;
}

/** Traffic intensity in Erlangs. */
export function trafficErlangs(input: ErlangInput): number {
  return input.intervalSeconds > 0 ? (input.callsPerInterval * input.ahtSeconds) / input.intervalSeconds : 0;
}

/** Erlang B for N agents by the recurrence B_k = A·B_{k−1} / (k + A·B_{k−1}): no factorials, no overflow. */
export function erlangB(traffic: number, agents: number): number {
  let blocking = 1;
  for (let k = 1; k <= agents; k += 1) blocking = nextErlangB(traffic, k, blocking);
  return blocking;
}

const nextErlangB = (traffic: number, k: number, previous: number) =>
  (traffic * previous) / (k + traffic * previous);

/** Erlang C from Erlang B: the rest of the prediction follows from P_w. */
function predict(input: ErlangInput, traffic: number, agents: number, blocking: number): ErlangResult {
  if (traffic <= 0) {
    return { trafficErlangs: 0, agents, waitProbability: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
  }
  if (agents <= traffic) {
    return {
      trafficErlangs: traffic,
      agents,
      waitProbability: 1,
      serviceLevel: 0,
      asaSeconds: Infinity,
      occupancy: 1,
    };
  }
  const waitProbability = (agents * blocking) / (agents - traffic * (1 - blocking));
  const spare = agents - traffic;
  return {
    trafficErlangs: traffic,
    agents,
    waitProbability,
    serviceLevel: 1 - waitProbability * Math.exp((-spare * input.targetSeconds) / input.ahtSeconds),
    asaSeconds: (waitProbability * input.ahtSeconds) / spare,
    occupancy: traffic / agents,
  };
}

/**
 * Erlang C for a number of agents: chance of waiting, service level, ASA and occupancy. Assumes Poisson
 * arrivals, exponential handle times and no abandons, so it overstates waiting when callers abandon.
 * @example
 * erlangC({ callsPerInterval: 360, intervalSeconds: 1800, ahtSeconds: 240, agents: 55, targetSeconds: 15 });
 * // { trafficErlangs: 48, waitProbability: 0.2387…, serviceLevel: 0.8459…, asaSeconds: 8.18…, occupancy: 0.8727… }
 */
export function erlangC(input: ErlangInput & { agents: number }): ErlangResult {
  const traffic = trafficErlangs(input);
  return predict(input, traffic, input.agents, erlangB(traffic, input.agents));
}

/** The staffing goal Erlang C solves for. */
export interface StaffingTarget extends ErlangInput {
  /** Share to answer within `targetSeconds`, 0–1 (0.8 for 80/20). */
  targetServiceLevel: number;
  /** Highest acceptable occupancy, 0–1; more agents are added until it is met. */
  maxOccupancy?: number;
}

/**
 * The fewest agents that meet the service-level target (and the occupancy cap, if given), with what Erlang C
 * predicts for them. Walks N upward from ⌊A⌋ + 1, advancing Erlang B one step per agent. No traffic needs no
 * agents. Throws a `RangeError` for a target that no number of agents can meet.
 * @example
 * agentsNeeded({ callsPerInterval: 360, intervalSeconds: 1800, ahtSeconds: 240, targetSeconds: 15,
 *   targetServiceLevel: 0.8 }).agents; // 55
 */
export function agentsNeeded(target: StaffingTarget): ErlangResult {
  const { targetServiceLevel, maxOccupancy = 1 } = target;
  if (!(targetServiceLevel >= 0 && targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be at least 0 and below 1, got ${targetServiceLevel}`);
  }
  if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
    throw new RangeError(`maxOccupancy must be above 0 and at most 1, got ${maxOccupancy}`);
  }
  const traffic = trafficErlangs(target);
  if (!Number.isFinite(traffic)) throw new RangeError(`traffic must be finite, got ${traffic}`);
  if (traffic <= 0) return predict(target, 0, 0, 1);
  let agents = Math.floor(traffic) + 1;
  let blocking = erlangB(traffic, agents);
  for (;;) {
    const result = predict(target, traffic, agents, blocking);
    if (result.serviceLevel >= targetServiceLevel && result.occupancy <= maxOccupancy) return result;
    agents += 1;
    blocking = nextErlangB(traffic, agents, blocking);
  }
}
