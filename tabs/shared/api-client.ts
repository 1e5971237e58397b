import type { TokenSource } from './auth/token-source';
import type { InteractionDetail, InteractionSummary, Me, Person } from './wire-types';

/** An answer of the API that is not a success, with the API's own code and message. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

/** The agent's calls: the current one (offered, on a call, in wrap-up) and today's. */
export interface MyInteractions {
  current: InteractionSummary | null;
  today: InteractionSummary[];
}

/** The agent workspace's view of the Switchboard API: one method per route it uses. */
export interface AgentApi {
  me(): Promise<Me>;
  setStatus(status: 'available' | 'notReady' | 'offline', reason?: string): Promise<void>;
  setQueue(queueId: string, signedIn: boolean): Promise<void>;
  myInteractions(): Promise<MyInteractions>;
  interaction(id: string): Promise<InteractionDetail>;
  addNote(id: string, text: string): Promise<void>;
  wrapUp(id: string, disposition: string, notes?: string): Promise<void>;
  people(search: string): Promise<Person[]>;
  /** A voicemail's audio (servers with voicemail). */
  recording(id: string): Promise<Blob>;
  /** Starts a waiting callback now (servers with callbacks). */
  startCallback(id: string): Promise<void>;
}

/**
 * Calls the API with the token source's bearer token. A 401 drops the token (it expired or was refused)
 * and surfaces as an ApiProblem, so the tab can ask the user to sign in again.
 */
export function createAgentApi(options: { apiBase: string; tokens: TokenSource }): AgentApi {
  const { apiBase, tokens } = options;
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const token = await tokens.token();
    if (!token) throw new ApiProblem(401, 'signInRequired', 'sign in to use the workspace');
    const response = await fetch(`${apiBase}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return response;
    if (response.status === 401) tokens.forget();
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not the API's error shape (a proxy's page): the status says enough.
      parsed = undefined;
    }
    const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiProblem(
      response.status,
      error?.code ?? 'httpError',
      error?.message ?? `${method} ${path} answered ${response.status}`,
    );
  }
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const text = await (await send(method, path, body)).text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const id = encodeURIComponent;
  return {
    me: () => call('GET', '/me'),
    setStatus: (status, reason) => call('PUT', '/me/status', reason ? { status, reason } : { status }),
    setQueue: (queueId, signedIn) => call('PUT', `/me/queues/${id(queueId)}`, { signedIn }),
    myInteractions: () => call('GET', '/me/interactions'),
    interaction: (interactionId) => call('GET', `/interactions/${id(interactionId)}`),
    addNote: (interactionId, text) => call('POST', `/interactions/${id(interactionId)}/notes`, { text }),
    wrapUp: (interactionId, disposition, notes) =>
      call(
        'POST',
        `/interactions/${id(interactionId)}/wrapup`,
        notes ? { disposition, notes } : { disposition },
      ),
    people: async (search) =>
      (await call<{ people: Person[] }>('GET', `/people?search=${id(search)}&top=10`)).people,
    recording: async (interactionId) =>
      (await send('GET', `/interactions/${id(interactionId)}/recording`)).blob(),
    startCallback: (interactionId) => call('POST', `/interactions/${id(interactionId)}/callback`),
  };
}
