import type { Prompt } from '../config';
import type { Interaction } from '../domain/interaction';
import type { CallContext } from './call-context';
import type { Command } from './command';
import { log, shipped } from './effects';
import { music } from './queueing';

/** A new call for a number: what the webhook knows of it. */
export interface Arrival {
  id: string;
  tenantId: string;
  callId: string;
  caller: string | undefined;
  dialled: string;
  flowId: string;
  at: number;
}

/** The prompts a flow may play, fetched by Graph when the call is answered so the first plays at once. */
function prefetch(flowId: string, ctx: CallContext): Prompt[] {
  const flow = ctx.flow(flowId);
  if (!flow) return [];
  const queueIds = new Set<string>();
  const collect = (action: { type: string; queue?: string } | undefined) => {
    if (action?.type === 'queue' && action.queue) queueIds.add(action.queue);
  };
  collect(flow.start);
  for (const menu of flow.menus) for (const action of Object.values(menu.choices)) collect(action);
  const prompts = [
    ...(flow.greeting ? [flow.greeting] : []),
    ...flow.menus.map((m) => m.prompt),
    ...[...queueIds].map((id) => music(ctx.queue(id))),
    shipped('invalid-choice'),
  ];
  const unique = new Map(prompts.map((p) => [JSON.stringify(p), p]));
  return [...unique.values()];
}

/** A call arrives: the interaction begins, answering. Pure; executes nothing. */
export function arrive(arrival: Arrival, ctx: CallContext): [Interaction, Command[]] {
  const interaction: Interaction = {
    id: arrival.id,
    tenantId: arrival.tenantId,
    channel: 'voice',
    callId: arrival.callId,
    caller: arrival.caller,
    dialled: arrival.dialled,
    flowId: arrival.flowId,
    ivrPath: [],
    state: { kind: 'answering' },
    media: { seq: 0, playing: undefined },
    arrivedAt: arrival.at,
    version: 1,
  };
  return [
    interaction,
    [
      { type: 'graph.answer', callId: arrival.callId, prefetch: prefetch(arrival.flowId, ctx) },
      log('arrived', { caller: arrival.caller ?? null, dialled: arrival.dialled, flowId: arrival.flowId }),
    ],
  ];
}
