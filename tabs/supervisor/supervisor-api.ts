import { ApiProblem, type TokenSource } from '../shared';
import { reportSearch } from './report-search';
import type { InteractionList, Intraday, QueueReport, ReportQuery } from './supervisor.types';

/** The supervisor's view of the API: the floor's actions (each audited by the server), history and exports. */
export interface SupervisorApi {
  setAgentStatus(
    agentId: string,
    status: 'available' | 'notReady' | 'offline',
    reason?: string,
  ): Promise<void>;
  signOut(agentId: string): Promise<void>;
  /** Moves a waiting call to another queue; it keeps its place by arrival there. */
  moveInteraction(interactionId: string, queueId: string): Promise<void>;
  /** Sets a waiting call's priority, 1 served first. */
  setPriority(interactionId: string, priority: number): Promise<void>;
  intraday(query: { queueId?: string; date?: string }): Promise<Intraday>;
  report(query: ReportQuery): Promise<QueueReport>;
  interactions(query: Omit<ReportQuery, 'size'>): Promise<InteractionList>;
  /** A CSV export as the server names and writes it (the token cannot ride on a plain link). */
  csv(kind: 'report' | 'interactions', query: ReportQuery): Promise<{ blob: Blob; fileName: string }>;
}

const fileNameOf = (disposition: string | null, fallback: string) =>
  /filename="?([^";]+)"?/.exec(disposition ?? '')?.[1] ?? fallback;

/** Calls the supervisor endpoints with the session's token; failures are ApiProblems with the API's message. */
export function createSupervisorApi(options: { apiBase: string; tokens: TokenSource }): SupervisorApi {
  const send = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const token = await options.tokens.token();
    if (!token) throw new ApiProblem(401, 'signInRequired', 'sign in again');
    const response = await fetch(`${options.apiBase}/supervisor${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return response;
    if (response.status === 401) options.tokens.forget();
    const error = (
      (await response.json().catch(() => undefined)) as { error?: { code: string; message: string } }
    )?.error;
    throw new ApiProblem(
      response.status,
      error?.code ?? 'httpError',
      error?.message ?? `answered ${response.status}`,
    );
  };
  const act = async (method: string, path: string, body?: unknown) => {
    await send(method, path, body);
  };
  const read = async <T>(path: string): Promise<T> => (await (await send('GET', path)).json()) as T;
  const id = encodeURIComponent;
  return {
    setAgentStatus: (agentId, status, reason) =>
      act('PUT', `/agents/${id(agentId)}/status`, reason ? { status, reason } : { status }),
    signOut: (agentId) => act('POST', `/agents/${id(agentId)}/signout`),
    moveInteraction: (interactionId, queueId) =>
      act('POST', `/interactions/${id(interactionId)}/move`, { queueId }),
    setPriority: (interactionId, priority) =>
      act('PUT', `/interactions/${id(interactionId)}/priority`, { priority }),
    intraday: (query) => read(`/intraday${reportSearch(query)}`),
    report: (query) => read(`/report${reportSearch(query)}`),
    interactions: (query) => read(`/interactions${reportSearch(query)}`),
    csv: async (kind, query) => {
      const { size, ...listQuery } = query;
      const search = reportSearch(kind === 'report' ? query : listQuery);
      const response = await send('GET', `/${kind}/csv${search}`);
      const fallback = `${kind === 'report' ? 'queues' : kind}-${query.from}-${query.to}.csv`;
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get('content-disposition'), fallback),
      };
    },
  };
}
