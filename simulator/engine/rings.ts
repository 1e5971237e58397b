import type { Ring } from '../world/model';
import { clientOf, isoNow, newId, type Sim } from './sim';

export interface RingOptions {
  from: string;
  kind: Ring['kind'];
  callId: string;
  ringMs: number;
  onAnswer(): void;
  onEnd(reason: 'declined' | 'timeout' | 'cancelled'): void;
}

/** Rings a user's Teams client until they answer, decline, or it times out; exactly one outcome fires. */
export function ringUser(sim: Sim, userId: string, options: RingOptions): Ring {
  const client = clientOf(sim, userId);
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    timer.cancel();
    client.rings.delete(ring.id);
    return true;
  };
  const ring: Ring = {
    id: newId(),
    userId: client.userId,
    from: options.from,
    kind: options.kind,
    callId: options.callId,
    startedAt: isoNow(sim),
    answer: () => {
      if (settle()) options.onAnswer();
    },
    decline: (reason) => {
      if (settle()) options.onEnd(reason);
    },
  };
  const timer = sim.clock.after(options.ringMs, () => ring.decline('timeout'));
  client.rings.set(ring.id, ring);
  return ring;
}
