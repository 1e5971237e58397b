import type { Agent, Queue } from '../../../src/config';
import type { AgentState } from '../../../src/domain/agent';
import { type AdaptiveCard, card, execute, facts, text } from './adaptive-card';
import { STATUS_WORDS, timeOfDay } from './status-words';

/** Verbs of the Action.Execute buttons the bot's cards carry. */
export const VERBS = { available: 'available', notReady: 'notReady', refresh: 'refresh' } as const;

/** The agent's status, with a button to change it. `note` says what just happened, if anything. */
/** `queueName` turns a queue id into the name agents know. */
export function statusCard(
  agent: Agent,
  state: AgentState,
  timeZone: string,
  queueName: (id: string) => string,
  note?: string,
): AdaptiveCard {
  const rows: [string, string][] = [
    ['Status', STATUS_WORDS[state.status] + (state.reason ? ` (${state.reason})` : '')],
    ['Since', timeOfDay(state.since, timeZone)],
    [
      'Signed in to',
      state.signedInQueues.length > 0 ? state.signedInQueues.map(queueName).join(', ') : 'no queue',
    ],
  ];
  const actions =
    state.status === 'available'
      ? [execute('Not ready (break)', VERBS.notReady, { reason: 'break' })]
      : state.status === 'notReady' || state.status === 'offline' || state.status === 'wrapUp'
        ? [execute('Make me available', VERBS.available)]
        : [];
  return card(
    `${agent.name}: ${STATUS_WORDS[state.status]}`,
    [...(note ? [text(note)] : []), facts(rows)],
    actions,
  );
}

/** A status change waits while a call rings or is connected: the agent state machine keeps the call. */
export function inCallCard(state: AgentState): AdaptiveCard {
  return card('Your status did not change', [
    text(
      `You are ${STATUS_WORDS[state.status].toLowerCase()}. Change your status after the call, during or after wrap-up.`,
    ),
  ]);
}

/** Each of the agent's queues: callers waiting, and whether the agent is signed in to it. */
export function queuesCard(
  queues: Queue[],
  waiting: Record<string, number>,
  state: AgentState,
): AdaptiveCard {
  if (queues.length === 0) return card('Your queues', [text('You are not a member of any queue.')]);
  return card('Your queues', [
    {
      type: 'Table',
      firstRowAsHeaders: true,
      columns: [{ width: 3 }, { width: 2 }, { width: 2 }],
      rows: [
        row(['Queue', 'Waiting', 'Signed in']),
        ...queues.map((queue) =>
          row([
            queue.name,
            String(waiting[queue.id] ?? 0),
            state.signedInQueues.includes(queue.id) ? 'Yes' : 'No',
          ]),
        ),
      ],
    },
  ]);
}

function row(cells: string[]) {
  return {
    type: 'TableRow',
    cells: cells.map((value) => ({ type: 'TableCell', items: [text(value)] })),
  };
}

/** What the bot understands, and an answer to what it did not. */
export function helpCard(unknown?: string, problem?: string): AdaptiveCard {
  return card(
    'Switchboard in chat',
    [
      ...(problem ? [text(problem, { color: 'Attention' })] : []),
      ...(unknown ? [text(`I did not understand "${unknown}".`, { color: 'Attention' })] : []),
      facts([
        ['status', 'your status and the queues you are signed in to'],
        ['available', 'take calls'],
        ['not ready <reason>', 'stop taking calls, e.g. "not ready lunch"'],
        ['queues', 'callers waiting in your queues'],
        ['help', 'this card'],
      ]),
    ],
    [execute('My status', VERBS.refresh)],
  );
}

/** A Teams user who is not an agent of the tenant. */
export function notAgentCard(): AdaptiveCard {
  return card('Switchboard is for contact-center agents', [
    text(
      'You are not set up as an agent in this contact center, so there is no status to show or change. If you should be, ask your contact-center admin to add you.',
    ),
  ]);
}
