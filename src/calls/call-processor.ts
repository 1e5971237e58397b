import type { ContactCenterDirectory, Prompt } from '../config';
import type { Interaction } from '../domain/interaction';
import { scheduleAt } from '../flows';
import type { Store, StoreTx, TimerRow } from '../store';
import { estimatedWaitSeconds } from './announcement';
import { type AfterCommit, afterCommit, applyStep, changeAgent } from './apply-step';
import { arrive } from './arrive';
import type { CallContext } from './call-context';
import type { CallEvent, InteractionTimer } from './call-event';
import { transition } from './transition';

/** A new call as the webhook saw it. */
export interface IncomingCall {
  tenantId: string;
  callId: string;
  caller: string | undefined;
  applicationInstanceId: string | undefined;
  at: number;
}

export interface CallProcessorDeps {
  store: Store;
  directory: ContactCenterDirectory;
  newId(): string;
  /** How often calls the bot holds are kept alive (Graph ends them after 45 min without). */
  keepAliveMs: number;
  /** How long prompts play, in seconds; an estimate for audio the server does not hold. */
  playSeconds(prompts: Prompt[]): number;
  /** Average handle time assumed for wait estimates before any call was handled. */
  defaultHandleSeconds?: number;
  /** Called after every commit with what it left to do: send Graph commands, run routing. */
  committed(after: AfterCommit): void;
}

/** What happened to one fact: processed, or why not. */
export type Outcome =
  | { ok: true }
  | { ok: false; reason: 'unknownNumber' | 'wrongTenant' | 'duplicate' | 'unknownCall' };

/**
 * The shell around the call state machine: for each fact, one transaction that locks the interaction,
 * runs the pure transition, and stores the result with its outbox, timers, agent changes and events.
 */
export function createCallProcessor(deps: CallProcessorDeps) {
  const { store, directory } = deps;

  async function context(tx: StoreTx, interaction: Interaction, at: number): Promise<CallContext> {
    const route = directory.numberByPhone(interaction.dialled);
    const tenant = directory.tenant(interaction.tenantId);
    const flow = directory.flow(interaction.tenantId, interaction.flowId);
    const lengths = await tx.interactions.queueLengths(interaction.tenantId);
    return {
      flow: (id) => directory.flow(interaction.tenantId, id),
      queue: (id) => directory.queue(interaction.tenantId, id),
      schedule: flow ? scheduleAt(flow, route?.timeZone ?? tenant?.timeZone ?? 'UTC', at) : { kind: 'open' },
      waiting: (queueId) => lengths[queueId] ?? 0,
      place: await place(tx, interaction),
      keepAliveMs: deps.keepAliveMs,
      playSeconds: deps.playSeconds,
    };
  }

  /** Position and estimated wait, only when the caller is queued (announcements need them). */
  async function place(tx: StoreTx, interaction: Interaction): Promise<CallContext['place']> {
    if (interaction.state.kind !== 'queued') return undefined;
    const { queueId } = interaction.state;
    const position = await tx.interactions.positionInQueue(interaction);
    const agentsServing = await tx.agents.countServing(interaction.tenantId, queueId);
    return {
      position,
      estimatedWaitSeconds: estimatedWaitSeconds({
        position,
        averageHandleSeconds: deps.defaultHandleSeconds ?? 180,
        agentsServing,
      }),
    };
  }

  const applyDeps = { directory, context };

  async function run<T>(work: (tx: StoreTx, out: AfterCommit) => Promise<T>): Promise<T> {
    const out = afterCommit();
    const result = await store.transaction((tx) => work(tx, out));
    deps.committed(out);
    return result;
  }

  return {
    context,

    /** A call arrived at a number: the interaction begins and the bot answers. */
    incoming: (call: IncomingCall): Promise<Outcome> =>
      run(async (tx, out) => {
        const route = call.applicationInstanceId
          ? directory.numberByApplicationInstance(call.applicationInstanceId)
          : undefined;
        if (!route) return { ok: false, reason: 'unknownNumber' };
        if (route.tenant.id.toLowerCase() !== call.tenantId.toLowerCase())
          return { ok: false, reason: 'wrongTenant' };
        if (await tx.interactions.findByCallId(route.tenant.id, call.callId))
          return { ok: false, reason: 'duplicate' };
        const seed = {
          id: deps.newId(),
          tenantId: route.tenant.id,
          callId: call.callId,
          caller: call.caller,
          dialled: route.number.phoneNumber,
          flowId: route.flow.id,
          at: call.at,
        };
        const ctx = await context(tx, { ...arrive(seed, emptyContext)[0] }, call.at);
        const [interaction, commands] = arrive(seed, ctx);
        if (!(await applyStep(tx, applyDeps, undefined, interaction, commands, call.at, out)))
          return { ok: false, reason: 'duplicate' };
        return { ok: true };
      }),

    /** Something happened to a call the contact center holds. */
    event: (tenantId: string, callId: string, event: CallEvent): Promise<Outcome> =>
      run(async (tx, out) => {
        const interaction = await tx.interactions.lockByCallId(tenantId, callId);
        if (!interaction) return { ok: false, reason: 'unknownCall' };
        const [next, commands] = transition(interaction, event, await context(tx, interaction, event.at));
        if (next !== interaction) await applyStep(tx, applyDeps, interaction, next, commands, event.at, out);
        return { ok: true };
      }),

    /**
     * Something happened to an interaction named by its id: an outbound call's notification (which names
     * the interaction in its callbackUri), or a request from the API (`callbackNow`).
     */
    leg: (tenantId: string, interactionId: string, event: CallEvent): Promise<Outcome> =>
      run(async (tx, out) => {
        const interaction = await tx.interactions.lock(tenantId, interactionId);
        if (!interaction) return { ok: false, reason: 'unknownCall' };
        const [next, commands] = transition(interaction, event, await context(tx, interaction, event.at));
        if (next !== interaction) await applyStep(tx, applyDeps, interaction, next, commands, event.at, out);
        return { ok: true };
      }),

    /** A timer row came due: its event, unless it was moved or cancelled meanwhile. */
    timer: (timer: TimerRow, at: number): Promise<Outcome> =>
      run(async (tx, out) => {
        if (!(await tx.timers.delete(timer))) return { ok: false, reason: 'duplicate' };
        if (timer.name === 'wrapUp') {
          const interaction = await tx.interactions.get(timer.tenantId, timer.interactionId);
          const agentId =
            interaction && 'agentId' in interaction.state ? interaction.state.agentId : undefined;
          if (agentId) {
            await changeAgent(
              tx,
              applyDeps,
              timer.tenantId,
              agentId,
              { type: 'wrappedUp', at },
              out,
              `${timer.interactionId}:wrapUp:${at}`,
            );
          }
          return { ok: true };
        }
        const interaction = await tx.interactions.lock(timer.tenantId, timer.interactionId);
        if (!interaction) return { ok: false, reason: 'unknownCall' };
        const event: CallEvent = { type: 'timer', name: timer.name as InteractionTimer, at };
        const [next, commands] = transition(interaction, event, await context(tx, interaction, at));
        if (next !== interaction) await applyStep(tx, applyDeps, interaction, next, commands, at, out);
        return { ok: true };
      }),

    /** Runs work in a transaction with the same after-commit handling (routing and the agent service use it). */
    run,
    applyDeps,
  };
}

/** Enough context to build the first interaction before its own context can be read. */
const emptyContext: CallContext = {
  flow: () => undefined,
  queue: () => undefined,
  schedule: { kind: 'open' },
  waiting: () => 0,
  place: undefined,
  keepAliveMs: 0,
  playSeconds: () => 0,
};

export type CallProcessor = ReturnType<typeof createCallProcessor>;
