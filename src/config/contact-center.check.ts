import type { Action } from './action.schema';
import { type ConfigProblem, formatPath } from './config-problem';
import type { Entry, TenantView } from './contact-center.view';
import { suggestion } from './did-you-mean';

type Path = readonly PropertyKey[];

/** What an action may refer to, seen from where it is written. */
type ActionScope = { flows: Set<string>; queues: Set<string>; menus?: Set<string>; ownQueue?: string };

function missing(what: string, id: string, known: Set<string>): string {
  const hint =
    suggestion(id, known) || (known.size > 0 ? ` (${what}s: ${[...known].join(', ')})` : ` (no ${what}s)`);
  return `no ${what} "${id}" in this tenant${hint}`;
}

/** One problem per value already used by an earlier item; `pathOf` says where each item was written. */
function duplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  pathOf: (item: T) => Path,
  what: string,
) {
  const first = new Map<unknown, Path>();
  return items.flatMap((item): ConfigProblem[] => {
    const value = keyOf(item);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, pathOf(item));
    if (earlier === undefined || value === undefined) return [];
    return [
      {
        path: pathOf(item),
        message: `duplicate ${what} ${JSON.stringify(value)} (also ${formatPath(earlier.slice(0, -1))})`,
      },
    ];
  });
}

function duplicateIn<T>(base: Path, list: string, entries: Entry<T>[], key: keyof T & string, what: string) {
  return duplicates(
    entries,
    (entry) => entry.item[key],
    (entry) => [...base, list, entry.index, key],
    what,
  );
}

function actionProblems(action: Action | undefined, path: Path, scope: ActionScope): ConfigProblem[] {
  const at = (key: string, message: string) => [{ path: [...path, key], message }];
  if (action === undefined) return [];
  switch (action.type) {
    case 'queue':
      if (!scope.queues.has(action.queue)) return at('queue', missing('queue', action.queue, scope.queues));
      return action.queue === scope.ownQueue ? at('queue', 'sends the caller back to this same queue') : [];
    case 'menu':
      return scope.menus?.has(action.menu)
        ? []
        : at('menu', missing('menu', action.menu, scope.menus ?? new Set()));
    case 'flow':
      return scope.flows.has(action.flow) ? [] : at('flow', missing('flow', action.flow, scope.flows));
    case 'voicemail':
      if (action.queue === undefined || scope.queues.has(action.queue)) return [];
      return at('queue', missing('queue', action.queue, scope.queues));
    case 'repeat':
    case 'play':
    case 'user':
    case 'phone':
    case 'disconnect':
    case 'callback':
      return [];
    default: {
      const unhandled: never = action;
      throw new Error(`unhandled action ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A flow whose `start` redirects through flows back to itself would never reach a caller. */
function startLoop(view: TenantView, flowId: string): string | undefined {
  const startOf = (id: string) => view.flows.find((entry) => entry.item.id === id)?.item.start;
  const chain = [flowId];
  let action = startOf(flowId);
  while (action?.type === 'flow' && !chain.includes(action.flow)) {
    chain.push(action.flow);
    action = startOf(action.flow);
  }
  return action?.type === 'flow' && action.flow === flowId
    ? `redirects in a loop: ${[...chain, flowId].join(' -> ')}`
    : undefined;
}

function flowProblems(view: TenantView, scope: ActionScope): ConfigProblem[] {
  return view.flows.flatMap(({ item: flow, index }) => {
    const path = [...view.path, 'flows', index];
    const flowScope = { ...scope, menus: new Set(flow.menus.map((menu) => menu.id)) };
    const loop = startLoop(view, flow.id);
    return [
      ...duplicateIn(
        path,
        'menus',
        flow.menus.map((item, m) => ({ item, index: m })),
        'id',
        'menu id',
      ),
      ...actionProblems(flow.start, [...path, 'start'], flowScope),
      ...(loop === undefined ? [] : [{ path: [...path, 'start'], message: loop }]),
      ...flow.menus.flatMap((menu, m) => [
        ...Object.entries(menu.choices).flatMap(([key, action]) =>
          actionProblems(action, [...path, 'menus', m, 'choices', key], flowScope),
        ),
        ...actionProblems(menu.onFailure, [...path, 'menus', m, 'onFailure'], flowScope),
      ]),
      ...actionProblems(flow.whenClosed, [...path, 'whenClosed'], flowScope),
      ...actionProblems(flow.onHoliday, [...path, 'onHoliday'], flowScope),
      ...flow.holidays.flatMap((holiday, h) =>
        actionProblems(holiday.action, [...path, 'holidays', h, 'action'], flowScope),
      ),
    ];
  });
}

function queueProblems(view: TenantView, scope: ActionScope): ConfigProblem[] {
  return view.queues.flatMap(({ item: queue, index }) => {
    const path = [...view.path, 'queues', index];
    const queueScope = { ...scope, ownQueue: queue.id };
    const members = view.members(queue.id);
    return [
      ...actionProblems(queue.maxWaitAction, [...path, 'maxWaitAction'], queueScope),
      ...actionProblems(queue.maxSizeAction, [...path, 'maxSizeAction'], queueScope),
      ...queue.escalation.flatMap((step, s) =>
        (step.addAgentsFrom ?? []).flatMap((id, i) => {
          const at = [...path, 'escalation', s, 'addAgentsFrom', i];
          if (id === queue.id)
            return [{ path: at, message: 'is this same queue; name another queue whose agents help' }];
          return scope.queues.has(id) ? [] : [{ path: at, message: missing('queue', id, scope.queues) }];
        }),
      ),
      ...(queue.agentOrder ?? []).flatMap((id, i) => {
        const at = [...path, 'agentOrder', i];
        if (queue.agentOrder?.indexOf(id) !== i)
          return [{ path: at, message: `agent ${id} is listed twice` }];
        if (members.has(id)) return [];
        return [
          {
            path: at,
            message: `agent ${id} is not in this queue (an agent joins a queue in agents[].queues)`,
          },
        ];
      }),
    ];
  });
}

function agentProblems(view: TenantView): ConfigProblem[] {
  return view.agents.flatMap(({ item: agent, index }) =>
    agent.queues.flatMap((id, i) => {
      const path = [...view.path, 'agents', index, 'queues', i];
      if (agent.queues.indexOf(id) !== i) return [{ path, message: `queue "${id}" is listed twice` }];
      return view.queueIds.has(id) ? [] : [{ path, message: missing('queue', id, view.queueIds) }];
    }),
  );
}

/**
 * Every reference inside one tenant: ids unique, and each number, action, escalation step and agent points at
 * something that exists (a queue's overflow is never the queue itself).
 */
export function checkTenant(view: TenantView): ConfigProblem[] {
  const scope = { flows: view.flowIds, queues: view.queueIds };
  return [
    ...duplicateIn(view.path, 'wrapUpCodes', view.wrapUpCodes, 'id', 'wrap-up code id'),
    ...duplicateIn(view.path, 'wrapUpCodes', view.wrapUpCodes, 'name', 'wrap-up code name'),
    ...duplicateIn(view.path, 'flows', view.flows, 'id', 'flow id'),
    ...duplicateIn(view.path, 'queues', view.queues, 'id', 'queue id'),
    ...view.numbers.flatMap(({ item: number, index }) =>
      view.flowIds.has(number.flow)
        ? []
        : [
            {
              path: [...view.path, 'numbers', index, 'flow'],
              message: missing('flow', number.flow, view.flowIds),
            },
          ],
    ),
    ...flowProblems(view, scope),
    ...queueProblems(view, scope),
    ...agentProblems(view),
  ];
}

/** What must be unique across the whole file: tenant ids, phone numbers, application instances and agents. */
export function checkFile(views: readonly TenantView[]): ConfigProblem[] {
  const numbers = views.flatMap((view) =>
    view.numbers.map(({ item, index }) => ({ item, path: [...view.path, 'numbers', index] })),
  );
  const agents = views.flatMap((view) =>
    view.agents.map(({ item, index }) => ({ item, path: [...view.path, 'agents', index] })),
  );
  return [
    ...duplicates(
      views,
      (view) => view.id,
      (view) => [...view.path, 'id'],
      'tenant id',
    ),
    ...duplicates(
      numbers,
      (n) => n.item.phoneNumber,
      (n) => [...n.path, 'phoneNumber'],
      'phone number',
    ),
    ...duplicates(
      numbers,
      (n) => n.item.applicationInstanceId,
      (n) => [...n.path, 'applicationInstanceId'],
      'application instance id',
    ),
    ...duplicates(
      agents,
      (a) => a.item.id,
      (a) => [...a.path, 'id'],
      'agent (Teams user id)',
    ),
  ];
}
