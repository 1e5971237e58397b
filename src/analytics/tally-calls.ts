import type { AgentEventName, AnalyticsEvent, EventPayloads } from './analytics-event';
import { intervalIndex } from './intervals';
import type { QueueFigures } from './queue-figures';
import {
  agentFiguresFor,
  agentTrack,
  type CallTrack,
  queueFiguresOf,
  queueTrack,
  type Tally,
  type Visit,
} from './tally-state';

type CallHandler<K extends keyof EventPayloads> = (
  tally: Tally,
  call: CallTrack,
  id: string,
  event: AnalyticsEvent,
  data: EventPayloads[K],
) => void;

/** How each interaction event moves the tally. Each handler does O(1) work. */
export type CallHandlers = {
  [K in Exclude<keyof EventPayloads, AgentEventName>]: CallHandler<K> | undefined;
};

/** The caller's current visit to `queueId`; rebuilt from `waitedMs` when the log starts mid-wait. */
function visitOf(tally: Tally, call: CallTrack, id: string, queueId: string, at: number, waitedMs?: number) {
  if (call.visit?.queue.id === queueId) return call.visit;
  if (waitedMs === undefined) return undefined;
  return enter(tally, call, id, queueId, at - waitedMs, undefined);
}

function enter(tally: Tally, call: CallTrack, id: string, queueId: string, at: number, slSeconds?: number) {
  const queue = queueTrack(tally, queueId);
  const index = intervalIndex(tally.intervals, at);
  const figures = queueFiguresOf(queue, index);
  const visit: Visit = {
    queue,
    enqueuedAt: at,
    slMs: slSeconds === undefined ? queue.slMs : slSeconds * 1000,
    index,
    epoch: tally.epoch,
    figures,
  };
  call.visit = visit;
  queue.waiting.set(id, at);
  return visit;
}

/** The caller left the queue's wait after `waitedMs`: counted in average and longest wait. */
function leave(visit: Visit, id: string, waitedMs: number, figures: QueueFigures | undefined): void {
  visit.queue.waiting.delete(id);
  if (!figures) return;
  figures.exits += 1;
  figures.exitWaitMs += waitedMs;
  if (waitedMs > figures.longestWaitMs) figures.longestWaitMs = waitedMs;
}

const waited = (visit: Visit, at: number, waitedMs: number | undefined) => waitedMs ?? at - visit.enqueuedAt;

/**
 * The interaction events. Each call is counted in the interval it ENTERED the queue (Teams' and most
 * vendors' convention), so a call queued at 09:14 and answered at 09:16 is the 09:00 interval's.
 */
export const callHandlers: CallHandlers = {
  arrived: undefined,
  ivrSelection: undefined,
  // Escalation changes whom a call may reach, not the queue's figures.
  escalated: undefined,
  queued: (tally, call, id, event, data) => {
    if (call.visit) call.visit.queue.waiting.delete(id);
    call.overflowFrom = undefined;
    const visit = enter(tally, call, id, data.queueId, event.at, data.serviceLevelSeconds);
    if (visit.figures) visit.figures.offered += 1;
  },
  offered: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    const agent = visit && agentFiguresFor(tally, data.agentId, visit);
    if (agent) agent.offers += 1;
  },
  missed: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at);
    if (!visit) return;
    if (visit.figures) visit.figures.missedOffers += 1;
    const agent = agentFiguresFor(tally, data.agentId, visit);
    if (agent) agent.missedOffers += 1;
  },
  connected: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    if (!visit) return;
    const wait = waited(visit, event.at, data.waitedMs);
    const figures = visit.figures;
    visit.queue.callbacks.delete(id);
    leave(visit, id, wait, figures);
    call.talk = { at: event.at, agentId: data.agentId, visit };
    if (!figures) return;
    figures.answered += 1;
    figures.answeredWaitMs += wait;
    if (wait <= visit.slMs) figures.answeredInSl += 1;
  },
  abandoned: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    if (!visit) return;
    const wait = waited(visit, event.at, data.waitedMs);
    const figures = visit.figures;
    leave(visit, id, wait, figures);
    call.visit = undefined;
    if (!figures) return;
    if (wait < tally.shortMs) figures.shortAbandoned += 1;
    else {
      figures.abandoned += 1;
      figures.abandonWaitMs += wait;
    }
    if (wait <= visit.slMs) figures.abandonedInSl += 1;
    if (data.agentId) figures.abandonedDuringOffer += 1;
  },
  overflowed: (tally, call, id, event, data) => {
    if (data.reason === 'maxSize') {
      // Refused at the door: never entered, so never offered; counted when refused.
      const queue = queueTrack(tally, data.queueId);
      const figures = queueFiguresOf(queue, intervalIndex(tally.intervals, event.at));
      if (figures) figures.overflowedMaxSize += 1;
      call.overflowFrom = figures;
      return;
    }
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    if (!visit) return;
    leave(visit, id, waited(visit, event.at, data.waitedMs), visit.figures);
    call.visit = undefined;
    call.overflowFrom = visit.figures;
    if (visit.figures) visit.figures.overflowedMaxWait += 1;
  },
  transferred: (_tally, call) => {
    // Only a queue's overflow action transfers from a queue; a flow's own transfers belong to no queue.
    if (call.overflowFrom) call.overflowFrom.transferred += 1;
    call.overflowFrom = undefined;
  },
  ended: (tally, call, id, event, data) => {
    if (call.visit) {
      call.visit.queue.waiting.delete(id);
      call.visit.queue.callbacks.delete(id);
    }
    tally.calls.delete(id);
    const talk = call.talk;
    if (data.reason !== 'handled' || !talk) return;
    const talkMs = event.at - talk.at;
    const queue = talk.visit.figures;
    const agentFigures = agentFiguresFor(tally, talk.agentId, talk.visit);
    if (queue) {
      queue.handled += 1;
      queue.talkMs += talkMs;
    }
    if (agentFigures) {
      agentFigures.handled += 1;
      agentFigures.talkMs += talkMs;
    }
    // The agent's next `wrapUp` state (logged right after this, in the same transaction) is this call's.
    agentTrack(tally, talk.agentId).wrapFor = { queue, agent: agentFigures };
  },
  callbackRequested: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    if (!visit) return;
    // The callback keeps the caller's place: not an exit, not an abandon. The caller is off the line.
    visit.queue.waiting.delete(id);
    visit.queue.callbacks.add(id);
    if (visit.figures) visit.figures.callbacks += 1;
  },
  moved: (tally, call, id, event, data) => {
    // A supervisor moved the caller: they leave this queue (counted as moved out, not as an abandon) and
    // the `queued` that follows enters them in the other, so they are offered in both.
    const visit = visitOf(tally, call, id, data.fromQueueId, event.at, data.waitedMs);
    if (!visit) return;
    leave(visit, id, waited(visit, event.at, data.waitedMs), visit.figures);
    call.visit = undefined;
    if (visit.figures) visit.figures.movedOut += 1;
  },
  // Read by no KPI: priority orders routing only; dispositions, notes and the audit are not figures.
  prioritised: undefined,
  wrappedUp: undefined,
  noteAdded: undefined,
  supervisorAction: undefined,
  voicemailLeft: (tally, call, id, event, data) => {
    const visit = visitOf(tally, call, id, data.queueId, event.at, data.waitedMs);
    if (!visit) return;
    leave(visit, id, waited(visit, event.at, data.waitedMs), visit.figures);
    call.visit = undefined;
    if (visit.figures) visit.figures.voicemails += 1;
  },
  callbackAttempt: undefined,
  callbackGaveUp: undefined,
};
