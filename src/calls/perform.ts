import type { Menu, Prompt } from '../config';
import type { ClosingStep, EndReason, Interaction } from '../domain/interaction';
import type { AnyAction, FlowAction } from './actions';
import type { CallContext } from './call-context';
import { cancel, chain, play, type Step, shipped, silence, withState } from './effects';
import { exitToVoice } from './queue-offers';
import { enqueue } from './queueing';

const before = (action: AnyAction): Prompt[] => ('prompt' in action && action.prompt ? [action.prompt] : []);

/** Performs what a flow, a menu key or a queue exit says: each action is one small step. */
export function perform(interaction: Interaction, action: AnyAction, ctx: CallContext, now: number): Step {
  switch (action.type) {
    case 'queue':
      return enqueue(interaction, action.queue, action.priority, before(action), ctx, now);
    case 'menu':
      return openMenu(interaction, action.menu, before(action), ctx);
    case 'repeat':
    case 'play':
      return replayMenu(interaction, action.type === 'play' ? [action.prompt] : [], ctx);
    case 'user':
      return close(
        interaction,
        [...before(action), shipped('transferring')],
        { type: 'transferToUser', userId: action.user },
        'transferredOut',
      );
    case 'phone':
      return close(
        interaction,
        [...before(action), shipped('transferring')],
        { type: 'transferToPhone', phone: action.phone },
        'transferredOut',
      );
    case 'disconnect':
      return close(
        interaction,
        before(action).length > 0 ? before(action) : [shipped('goodbye')],
        { type: 'hangUp' },
        'disconnectedByFlow',
      );
    case 'flow':
      return switchFlow(interaction, action.flow, before(action), ctx, now);
    case 'voicemail':
    case 'callback': {
      const queueId =
        action.type === 'voicemail' && action.queue
          ? action.queue
          : 'queueId' in interaction.state
            ? interaction.state.queueId
            : undefined;
      if (!queueId) return close(interaction, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
      return exitToVoice(interaction, queueId, action, ctx, now);
    }
    default:
      return assertNever(action);
  }
}

function assertNever(action: never): never {
  throw new Error(`unknown action ${JSON.stringify(action)}`);
}

/** Plays a last message; when it ends the bot hangs up or hands the call on (see the closing state). */
export function close(
  interaction: Interaction,
  prompts: Prompt[],
  after: ClosingStep,
  reason: EndReason,
): Step {
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { kind: 'closing', after, reason }),
      cancel('menuTimeout', 'maxWait', 'announce', 'mediaWatchdog'),
    ],
    (i) => play(i, 'closing', prompts),
  );
}

function flowMenu(interaction: Interaction, menuId: string, ctx: CallContext): Menu | undefined {
  return ctx.flow(interaction.flowId)?.menus.find((m) => m.id === menuId);
}

/** Opens a menu: its prompt plays, then the caller has `timeoutSeconds` to press a key. */
export function openMenu(interaction: Interaction, menuId: string, intro: Prompt[], ctx: CallContext): Step {
  const menu = flowMenu(interaction, menuId, ctx);
  if (!menu) return close(interaction, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { kind: 'inFlow', greeting: false, menu: { menuId, failures: 0, playing: true } }),
      cancel('menuTimeout'),
    ],
    (i) => play(i, 'menu', [...intro, menu.prompt]),
  );
}

/** Plays the current menu again, after an optional message. */
export function replayMenu(interaction: Interaction, intro: Prompt[], ctx: CallContext): Step {
  const state = interaction.state;
  const menu =
    state.kind === 'inFlow' && state.menu ? flowMenu(interaction, state.menu.menuId, ctx) : undefined;
  if (state.kind !== 'inFlow' || !state.menu || !menu) return [interaction, []];
  const position = { ...state.menu, playing: true };
  return chain(
    interaction,
    silence,
    (i) => [withState(i, { ...state, menu: position }), cancel('menuTimeout')],
    (i) => play(i, 'menu', [...intro, menu.prompt]),
  );
}

/** A wrong key or silence: the menu again with a hint, or its failure action once the retries are spent. */
export function menuFailure(
  interaction: Interaction,
  kind: 'invalid' | 'noInput',
  ctx: CallContext,
  now: number,
): Step {
  const state = interaction.state;
  if (state.kind !== 'inFlow' || !state.menu) return [interaction, []];
  const menu = flowMenu(interaction, state.menu.menuId, ctx);
  if (!menu) return [interaction, []];
  const failures = state.menu.failures + 1;
  if (failures > menu.retries) return perform(interaction, menu.onFailure, ctx, now);
  const hint =
    kind === 'invalid'
      ? (menu.invalidPrompt ?? shipped('invalid-choice'))
      : (menu.noInputPrompt ?? shipped('no-input'));
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { ...state, menu: { menuId: menu.id, failures, playing: true } }),
      cancel('menuTimeout'),
    ],
    (i) => play(i, 'menu', [hint, menu.prompt]),
  );
}

/** Hands the caller to another flow's start (no second greeting); a message first plays as its intro. */
function switchFlow(
  interaction: Interaction,
  flowId: string,
  intro: Prompt[],
  ctx: CallContext,
  now: number,
): Step {
  const flow = ctx.flow(flowId);
  if (!flow) return close(interaction, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
  const moved = { ...interaction, flowId };
  if (intro.length === 0) return perform(moved, flow.start, ctx, now);
  return chain(
    moved,
    silence,
    (i) => [withState(i, { kind: 'inFlow', greeting: true, menu: undefined }), cancel('menuTimeout')],
    (i) => play(i, 'greeting', intro),
  );
}

/** What the flow does now: its start when open, else its closed or holiday action. */
export function scheduledAction(interaction: Interaction, ctx: CallContext): FlowAction | undefined {
  const flow = ctx.flow(interaction.flowId);
  if (!flow) return undefined;
  switch (ctx.schedule.kind) {
    case 'open':
      return flow.start;
    case 'closed':
      return flow.whenClosed ?? flow.start;
    case 'holiday':
      return ctx.schedule.action ?? flow.onHoliday ?? flow.whenClosed ?? flow.start;
  }
}
