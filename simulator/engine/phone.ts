import type { PstnLeg } from '../world/model';
import { endLeg } from './calls';
import { isoNow, newId, type Sim } from './sim';

export interface PhoneCallOptions {
  from: string;
  to: string;
  ringMs: number;
  onAnswer(leg: PstnLeg): void;
  onFail(reason: 'declined' | 'timeout'): void;
}

function pendingOf(sim: Sim) {
  return sim.ringingPhones;
}

/** Rings a phone number on the public network: an outbound leg that a simulated person answers or not. */
export function placePhoneCall(sim: Sim, options: PhoneCallOptions): { leg: PstnLeg; cancel(): void } {
  const leg: PstnLeg = {
    id: newId(),
    direction: 'outbound',
    from: options.from,
    to: options.to,
    state: 'ringing',
    connectedTo: undefined,
    callIds: [],
    heard: [],
    startedAt: isoNow(sim),
  };
  sim.pstn.set(leg.id, leg);
  const settle = () => {
    timer.cancel();
    pendingOf(sim).delete(leg.id);
  };
  const timer = sim.clock.after(options.ringMs, () => {
    settle();
    endLeg(sim, leg.id, 'not answered');
    options.onFail('timeout');
  });
  pendingOf(sim).set(leg.id, {
    answer: () => {
      settle();
      leg.state = 'connected';
      options.onAnswer(leg);
    },
    refuse: () => {
      settle();
      endLeg(sim, leg.id, 'declined');
      options.onFail('declined');
    },
  });
  return {
    leg,
    cancel: () => {
      settle();
      endLeg(sim, leg.id, 'cancelled');
    },
  };
}

/** The person at a ringing outbound line picks up; false when nothing rings there. */
export function answerPhone(sim: Sim, legId: string): boolean {
  const entry = pendingOf(sim).get(legId);
  entry?.answer();
  return entry !== undefined;
}

/** The person at a ringing outbound line refuses it; false when nothing rings there. */
export function refusePhone(sim: Sim, legId: string): boolean {
  const entry = pendingOf(sim).get(legId);
  entry?.refuse();
  return entry !== undefined;
}
