import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * What can be made to go wrong, as Graph really does:
 * - on Graph requests: `throttle` (429 + Retry-After), `unavailable` (503), `slow` (answer late);
 * - on notifications: `duplicate` (sent twice), `reorder` (established before establishing),
 *   `drop` (never sent), `legacy` (an incoming call first notified in the old Skype format).
 */
export const faultKinds = [
  'throttle',
  'unavailable',
  'slow',
  'duplicate',
  'reorder',
  'drop',
  'legacy',
] as const;

export const FaultRuleInput = z.strictObject({
  fault: z.enum(faultKinds),
  /** A Graph request kind (`answer`, `playPrompt`, `createCall`, `getPresencesByUserId`…), a notification
   * kind (`incoming`, `established`, `tone`, `operation`, `terminated`…), or `*` for all. */
  on: z.string().min(1).default('*'),
  /** How many times it fires; omitted = every time. */
  times: z.number().int().positive().optional(),
  /** Chance of firing on each matching event (default 1). */
  probability: z.number().min(0).max(1).default(1),
  retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
  delayMs: z.number().int().min(0).max(60_000).default(2_000),
});
export type FaultRuleInput = z.input<typeof FaultRuleInput>;
export type FaultRule = z.output<typeof FaultRuleInput> & { id: string; fired: number };

/** The rules in force for a run; each match consumes one firing. */
export class Faults {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(input: FaultRuleInput): FaultRule {
    const rule = { ...FaultRuleInput.parse(input), id: randomUUID(), fired: 0 };
    this.rules.push(rule);
    return rule;
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  /** The rule that fires for this fault on this kind of event now, if any. */
  take(fault: FaultRule['fault'], kind: string): FaultRule | undefined {
    const rule = this.rules.find(
      (r) =>
        r.fault === fault && (r.on === '*' || r.on === kind) && (r.times === undefined || r.fired < r.times),
    );
    if (!rule || this.random() >= rule.probability) return undefined;
    rule.fired += 1;
    return rule;
  }
}
