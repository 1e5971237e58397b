import type { QueueFigures } from './queue-figures';

/**
 * A queue's rates and averages for some figures. A rate whose denominator is zero is `null` (nothing to
 * measure), never 0 or NaN. Times are in seconds.
 */
export interface QueueKpis {
  /** answered <= T / (offered - short abandons): the service level this product shows by default. */
  serviceLevel: number | null;
  /** Teams `sl_met_handled`: answered <= T / answered. */
  slMetHandled: number | null;
  /** Teams `sl_met_no_abandon`: answered <= T / (offered - abandoned <= T). */
  slMetNoAbandon: number | null;
  /** Teams `sl_met_positive_abandon`: (answered <= T + abandoned <= T) / offered. */
  slMetPositiveAbandon: number | null;
  /** Teams `sl_met_negative_abandon`: answered <= T / offered. */
  slMetNegativeAbandon: number | null;
  /** Average speed of answer: wait of answered calls / answered. */
  asaSeconds: number | null;
  /** Average wait of every call that left the queue (answered, abandoned, max wait, callback, voicemail). */
  averageWaitSeconds: number | null;
  /** Longest of those waits. */
  longestWaitSeconds: number;
  /** Average handle time: (talk + wrap-up) / handled. */
  ahtSeconds: number | null;
  averageTalkSeconds: number | null;
  averageWrapUpSeconds: number | null;
  /** abandoned / (offered - short abandons): short abandons leave both sides, as in service level. */
  abandonRate: number | null;
  /** Teams `abandoned_%`: every abandon, short ones included, / offered. */
  abandonRateAll: number | null;
  /** Average wait before a (not short) abandon. */
  averageAbandonSeconds: number | null;
  /** Overflowed by either reason. */
  overflowed: number;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const seconds = (ms: number, count: number): number | null => (count > 0 ? ms / count / 1000 : null);

/** The standard rates and averages of a queue's figures (one interval, or a sum of them). */
export function queueKpis(f: QueueFigures): QueueKpis {
  return {
    serviceLevel: ratio(f.answeredInSl, f.offered - f.shortAbandoned),
    slMetHandled: ratio(f.answeredInSl, f.answered),
    slMetNoAbandon: ratio(f.answeredInSl, f.offered - f.abandonedInSl),
    slMetPositiveAbandon: ratio(f.answeredInSl + f.abandonedInSl, f.offered),
    slMetNegativeAbandon: ratio(f.answeredInSl, f.offered),
    asaSeconds: seconds(f.answeredWaitMs, f.answered),
    averageWaitSeconds: seconds(f.exitWaitMs, f.exits),
    longestWaitSeconds: f.longestWaitMs / 1000,
    ahtSeconds: seconds(f.talkMs + f.wrapUpMs, f.handled),
    averageTalkSeconds: seconds(f.talkMs, f.handled),
    averageWrapUpSeconds: seconds(f.wrapUpMs, f.handled),
    abandonRate: ratio(f.abandoned, f.offered - f.shortAbandoned),
    abandonRateAll: ratio(f.abandoned + f.shortAbandoned, f.offered),
    averageAbandonSeconds: seconds(f.abandonWaitMs, f.abandoned),
    overflowed: f.overflowedMaxSize + f.overflowedMaxWait,
  };
}
