import {
  agentsNeeded,
  emptyQueueFigures,
  erlangB,
  erlangC,
  staffingFor,
  trafficErlangs,
} from '../../../src/analytics';

/** The textbook example: 360 calls per half hour, AHT 240 s, 80 % answered in 15 s. */
const textbook = { callsPerInterval: 360, intervalSeconds: 1800, ahtSeconds: 240, targetSeconds: 15 };

/**
 * P_w straight from the Erlang C formula, summed in logs so no factorial overflows:
 * [A^N/N! · N/(N−A)] / [Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)].
 */
function waitProbabilityByLogs(traffic: number, agents: number): number {
  const logTerms: number[] = [];
  let logFactorial = 0;
  for (let k = 0; k < agents; k += 1) {
    if (k > 0) logFactorial += Math.log(k);
    logTerms.push(k * Math.log(traffic) - logFactorial);
  }
  logFactorial += Math.log(agents);
  const logTop = agents * Math.log(traffic) - logFactorial + Math.log(agents / (agents - traffic));
  const largest = Math.max(logTop, ...logTerms);
  const sum = logTerms.reduce((total, term) => total + Math.exp(term - largest), 0);
  const top = Math.exp(logTop - largest);
  return top / (sum + top);
}

describe('Erlang C', () => {
  it('reproduces the textbook vector for 55 agents', () => {
    const result = erlangC({ ...textbook, agents: 55 });
    expect(result.trafficErlangs).toBe(48);
    expect(result.waitProbability).toBeCloseTo(0.2387, 4);
    expect(result.serviceLevel).toBeCloseTo(0.8459, 4);
    expect(result.asaSeconds).toBeCloseTo(8.18, 2);
    expect(result.occupancy).toBeCloseTo(0.8727, 4);
  });

  it('needs 55 agents for 80 % in 15 s, the textbook answer, and 54 would miss it', () => {
    const needed = agentsNeeded({ ...textbook, targetServiceLevel: 0.8 });
    expect(needed.agents).toBe(55);
    expect(needed.serviceLevel).toBeCloseTo(0.8459, 4);
    expect(erlangC({ ...textbook, agents: 54 }).serviceLevel).toBeLessThan(0.8);
  });

  it.each([
    [2, 3],
    [4.5, 6],
    [48, 55],
    [48, 70],
    [200, 215],
    [1666.7, 1700],
  ])('agrees with the formula summed in logs for A = %p, N = %p', (traffic, agents) => {
    const result = erlangC({
      callsPerInterval: traffic,
      intervalSeconds: 1,
      ahtSeconds: 1,
      targetSeconds: 0,
      agents,
    });
    expect(result.waitProbability).toBeCloseTo(waitProbabilityByLogs(traffic, agents), 10);
    expect(result.serviceLevel).toBeCloseTo(1 - result.waitProbability, 12); // T = 0: SL = 1 - P_w
  });

  it('computes Erlang B by its recurrence (A = 1, N = 1: 1/2; A = 2, N = 2: 2/5)', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 2)).toBeCloseTo(0.4, 12);
    expect(erlangB(1000, 1100)).toBeGreaterThan(0); // no factorial overflow to 0 or NaN
  });

  it('says every caller waits, forever on average, when agents do not exceed the traffic', () => {
    expect(erlangC({ ...textbook, agents: 48 })).toMatchObject({
      waitProbability: 1,
      serviceLevel: 0,
      asaSeconds: Infinity,
      occupancy: 1,
    });
  });

  it('adds agents until the occupancy cap is met too', () => {
    // 48 Erlangs at most 85 % busy: N >= 48 / 0.85 = 56.5
    const needed = agentsNeeded({ ...textbook, targetServiceLevel: 0.8, maxOccupancy: 0.85 });
    expect(needed.agents).toBe(57);
  });

  it('sizes a large centre without overflow, at the smallest N meeting the target', () => {
    const large = { callsPerInterval: 10_000, intervalSeconds: 1800, ahtSeconds: 300, targetSeconds: 20 };
    const needed = agentsNeeded({ ...large, targetServiceLevel: 0.9 });
    expect(needed.agents).toBeGreaterThan(trafficErlangs(large));
    expect(needed.serviceLevel).toBeGreaterThanOrEqual(0.9);
    expect(erlangC({ ...large, agents: needed.agents - 1 }).serviceLevel).toBeLessThan(0.9);
  });

  it('needs no agents without traffic, and refuses a target no staffing can meet', () => {
    expect(agentsNeeded({ ...textbook, callsPerInterval: 0, targetServiceLevel: 0.8 }).agents).toBe(0);
    expect(() => agentsNeeded({ ...textbook, targetServiceLevel: 1 })).toThrow(RangeError);
    expect(() => agentsNeeded({ ...textbook, targetServiceLevel: 0.8, maxOccupancy: 0 })).toThrow(RangeError);
  });

  it("sizes a queue's interval from its offered calls and AHT", () => {
    // 360 offered in half an hour; 10 handled with 2,400 s of talk and wrap-up: AHT 240 s
    const figures = {
      ...emptyQueueFigures(),
      offered: 360,
      handled: 10,
      talkMs: 2_000_000,
      wrapUpMs: 400_000,
    };
    const goal = { intervalMs: 1_800_000, targetSeconds: 15, targetServiceLevel: 0.8 };
    expect(staffingFor(figures, goal)?.agents).toBe(55);
    expect(staffingFor(emptyQueueFigures(), goal)).toBeUndefined();
  });
});
