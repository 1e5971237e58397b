import type { AgentStatus } from '../../../src/domain/agent';

/** How a status reads to an agent. */
export const STATUS_WORDS: Record<AgentStatus, string> = {
  available: 'Available',
  notReady: 'Not ready',
  offline: 'Offline',
  reserved: 'Being offered a call',
  busy: 'On a call',
  wrapUp: 'In wrap-up',
};

/** A time of day on the tenant's clock, as `14:05`. */
export function timeOfDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
}
