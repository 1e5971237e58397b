import type { ContactCenterDirectory } from '../config';
import type { AgentState } from '../domain/agent';
import type { Interaction } from '../domain/interaction';
import { type AgentCommand, type AgentEvent, agentTransition } from '../routing/agent-transition';
import type { NewEvent, StoreTx } from '../store';
import type { CallContext } from './call-context';
import type { Command, GraphCommand, TaskSeed } from './command';
import { transition } from './transition';

/** What a committed transaction leaves for after the commit: Graph commands to send and queues to route. */
export interface AfterCommit {
  outboxIds: number[];
  /** `tenantId/queueId` keys of queues whose routing should run. */
  wake: Set<string>;
  /** `tenantId/agentId` keys of agents free for a call, whose queues' routing should run. */
  agents: Set<string>;
  /** `tenantId/queueId` keys of queues with a task (voicemail) to give out. */
  tasks: Set<string>;
  /**
   * Offered interactions whose agent Teams shows in a call, told after the commit in their own transaction:
   * locking the interaction while holding the agents would deadlock with its own notifications.
   */
  agentInCall: { tenantId: string; interactionId: string }[];
}

export function afterCommit(): AfterCommit {
  return { outboxIds: [], wake: new Set(), agents: new Set(), tasks: new Set(), agentInCall: [] };
}

/** What applying needs besides the transaction: the configuration and the context builder. */
export interface ApplyDeps {
  directory: ContactCenterDirectory;
  context(tx: StoreTx, interaction: Interaction, at: number): Promise<CallContext>;
}

/**
 * Applies one transition's commands inside the transaction that stores its result: Graph commands into the
 * outbox, timers as rows, agent changes through the agent state machine, log entries into the event log
 * (with a key so a retried write can never append twice). Sends nothing before commit. Returns `false`, and
 * applies nothing, when a new interaction's call is already stored: two copies of Graph's incoming-call
 * notification handled at once both find no call, and only the first may answer it and log its arrival.
 */
export async function applyStep(
  tx: StoreTx,
  deps: ApplyDeps,
  before: Interaction | undefined,
  after: Interaction,
  commands: Command[],
  at: number,
  out: AfterCommit,
): Promise<boolean> {
  if (before === undefined) {
    if (!(await tx.interactions.insert(after))) return false;
  } else if (after !== before) await tx.interactions.update(after);
  const graph: GraphCommand[] = [];
  const events: NewEvent[] = [];
  const key = (index: number) => `${after.id}:${after.version}:${index}`;
  for (const [index, command] of commands.entries()) {
    switch (command.type) {
      case 'graph.answer':
      case 'graph.play':
      case 'graph.subscribeToTone':
      case 'graph.cancelMedia':
      case 'graph.transfer':
      case 'graph.hangUp':
      case 'graph.keepAlive':
      case 'graph.placeCall':
      case 'graph.record':
      case 'graph.fetchRecording':
        graph.push(command);
        break;
      case 'task.create':
        await createTask(tx, after, command.task, at, out);
        break;
      case 'timer.set':
        await tx.timers.set({
          tenantId: after.tenantId,
          interactionId: after.id,
          name: command.name,
          dueAt: command.dueAt,
        });
        break;
      case 'timer.cancel':
        await tx.timers.cancel(after.id, command.name);
        break;
      case 'agent.missed':
      case 'agent.connected':
      case 'agent.released': {
        const event = { type: agentEvents[command.type], at } as const;
        await changeAgent(tx, deps, after.tenantId, command.agentId, event, out, key(index));
        break;
      }
      case 'routing.wake':
        if (after.channel !== 'voice') out.tasks.add(`${after.tenantId}/${command.queueId}`);
        else out.wake.add(`${after.tenantId}/${command.queueId}`);
        break;
      case 'log':
        events.push({
          tenantId: after.tenantId,
          interactionId: after.id,
          name: command.name,
          at,
          data: command.data,
          dedupeKey: key(index),
        });
        break;
      default:
        assertNever(command);
    }
  }
  if (graph.length > 0) {
    out.outboxIds.push(
      ...(await tx.outbox.enqueue({
        tenantId: after.tenantId,
        interactionId: after.id,
        commands: graph,
        at,
      })),
    );
  }
  await tx.events.append(events);
  return true;
}

/** The agent event each agent command of a transition is. */
const agentEvents = {
  'agent.missed': 'missed',
  'agent.connected': 'connected',
  'agent.released': 'released',
} as const;

function assertNever(command: never): never {
  throw new Error(`unhandled command ${JSON.stringify(command)}`);
}

/**
 * Runs an agent event through the agent state machine in this transaction and applies what it asks;
 * `dedupeKey` makes its log entries unique to this change.
 */
export async function changeAgent(
  tx: StoreTx,
  deps: ApplyDeps,
  tenantId: string,
  agentId: string,
  event: AgentEvent,
  out: AfterCommit,
  dedupeKey: string,
): Promise<AgentState | undefined> {
  const agent = await tx.agents.lock(tenantId, agentId);
  if (!agent) return undefined;
  const wrapUpSeconds = await wrapUpOf(tx, deps, agent);
  const [next, commands] = agentTransition(agent, event, wrapUpSeconds);
  // Routers skip an agent another transaction holds (`SKIP LOCKED`): one that passed this agent over while
  // the row was held here must look again at commit, or the agent would wait for the sweep.
  if (next.status === 'available' && next.interactionId === undefined)
    out.agents.add(`${tenantId}/${agentId}`);
  if (next === agent) return agent;
  await tx.agents.update(next);
  const events: NewEvent[] = [];
  await applyAgentCommands(tx, deps, next, commands, event.at, out, events, dedupeKey);
  await tx.events.append(events);
  return next;
}

/** The wrap-up time of the queue the agent's interaction came from. */
async function wrapUpOf(tx: StoreTx, deps: ApplyDeps, agent: AgentState): Promise<number> {
  if (!agent.interactionId) return 0;
  const interaction = await tx.interactions.get(agent.tenantId, agent.interactionId);
  const queueId = interaction && 'queueId' in interaction.state ? interaction.state.queueId : undefined;
  return queueId ? (deps.directory.queue(agent.tenantId, queueId)?.wrapUpSeconds ?? 0) : 0;
}

async function applyAgentCommands(
  tx: StoreTx,
  deps: ApplyDeps,
  agent: AgentState,
  commands: AgentCommand[],
  at: number,
  out: AfterCommit,
  events: NewEvent[],
  dedupeKey: string,
): Promise<void> {
  for (const [index, command] of commands.entries()) {
    switch (command.type) {
      case 'log':
        events.push({
          tenantId: agent.tenantId,
          agentId: agent.id,
          name: command.name,
          at,
          data: command.data,
          dedupeKey: `${dedupeKey}:agent:${agent.id}:${index}`,
        });
        break;
      case 'wrapUp.start':
        if (command.dueAt !== undefined) {
          await tx.timers.set({
            tenantId: agent.tenantId,
            interactionId: command.interactionId,
            name: 'wrapUp',
            dueAt: command.dueAt,
          });
        }
        break;
      case 'wrapUp.cancel':
        await tx.timers.cancel(command.interactionId, 'wrapUp');
        break;
      case 'routing.wakeAgent':
        out.agents.add(`${agent.tenantId}/${agent.id}`);
        break;
      case 'interaction.release': {
        const interaction = await tx.interactions.lock(agent.tenantId, command.interactionId);
        if (!interaction) break;
        const ctx = await deps.context(tx, interaction, at);
        const [next, more] = transition(interaction, { type: 'agentReleased', at }, ctx);
        await applyStep(tx, deps, interaction, next, more, at, out);
        break;
      }
      case 'interaction.agentInCall':
        out.agentInCall.push({ tenantId: agent.tenantId, interactionId: command.interactionId });
        break;
      default:
        assertNever(command);
    }
  }
}

/**
 * Stores the task (voicemail) an interaction left, in its caller's place in the queue, and asks for it to be
 * given out. Idempotent: the task's id is derived from its origin, and a second insert changes nothing.
 */
async function createTask(tx: StoreTx, origin: Interaction, task: TaskSeed, at: number, out: AfterCommit) {
  const { id, channel, recordingId, ...place } = task;
  const created = await tx.interactions.insert({
    id,
    tenantId: origin.tenantId,
    channel,
    callId: `${channel}:${id}`,
    caller: origin.caller,
    dialled: origin.dialled,
    flowId: origin.flowId,
    ivrPath: origin.ivrPath,
    state: { kind: 'taskQueued', ...place },
    media: { seq: 0, playing: undefined },
    arrivedAt: at,
    version: 1,
    recordingId,
  });
  if (!created) return;
  await tx.events.append([
    {
      tenantId: origin.tenantId,
      interactionId: id,
      name: 'arrived',
      at,
      data: { caller: origin.caller ?? null, dialled: origin.dialled, flowId: origin.flowId, channel },
      dedupeKey: `${id}:arrived`,
    },
  ]);
  out.tasks.add(`${origin.tenantId}/${place.queueId}`);
}
