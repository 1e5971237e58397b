import type { AnalyticsEvent, EventPayloads } from './analytics-event';
import { tallyAgentQueues, tallyAgentState } from './tally-agents';
import { callHandlers } from './tally-calls';
import type { CallTrack, Tally } from './tally-state';

type AnyCallHandler = (
  tally: Tally,
  call: CallTrack,
  id: string,
  event: AnalyticsEvent,
  data: EventPayloads[keyof EventPayloads],
) => void;

const handlers = new Map(Object.entries(callHandlers as Record<string, AnyCallHandler | undefined>));

/**
 * Counts one event into the tally in O(1): a few map look-ups and, for a queue entry, its interval (a
 * division; a binary search on a day with a clock change). Events must come in log (`seq`) order; names
 * analytics does not read are skipped. An agent state spanning k intervals costs k, once.
 */
export function tallyEvent(tally: Tally, event: AnalyticsEvent): Tally {
  if (event.name === 'agentState') {
    tallyAgentState(tally, event, event.data as EventPayloads['agentState']);
    return tally;
  }
  if (event.name === 'agentQueues') {
    tallyAgentQueues(tally, event, event.data as EventPayloads['agentQueues']);
    return tally;
  }
  const handle = handlers.get(event.name);
  const id = event.interactionId;
  if (!handle || !id) return tally;
  let call = tally.calls.get(id);
  if (!call) {
    call = { visit: undefined, talk: undefined, overflowFrom: undefined };
    tally.calls.set(id, call);
  }
  handle(tally, call, id, event, event.data as EventPayloads[keyof EventPayloads]);
  return tally;
}
