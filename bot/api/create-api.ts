import { randomUUID } from 'node:crypto';
import type { JWTVerifyGetKey } from 'jose';
import type { ContactCenter } from '../../src/config';
import { type ContactConnector, directoryConnector } from '../../src/contacts';
import { createApiTokenVerifier } from '../auth';
import { createCallerResolver } from './api-caller';
import type { ApiDeps } from './api-deps';
import { type ApiHandler, createApiHandler } from './api-handler';
import type { Route } from './api-route';
import { startEventTail } from './realtime/event-tail';
import { getInteraction } from './routes/get-interaction';
import { getMe } from './routes/get-me';
import { getMyInteractions } from './routes/get-my-interactions';
import { getOpenApi } from './routes/get-openapi';
import { getPeople } from './routes/get-people';
import { getRecording } from './routes/get-recording';
import { getStream } from './routes/get-stream';
import { postCallback } from './routes/post-callback';
import { postNote } from './routes/post-note';
import { postWrapUp } from './routes/post-wrap-up';
import { putQueue } from './routes/put-queue';
import { putStatus } from './routes/put-status';
import { createTodayFigures } from './supervisor/today-figures';
import { SUPERVISOR_ROUTES } from './supervisor-routes';

/** Every route but the OpenAPI document's, which is built from them. */
const ROUTES: readonly Route[] = [
  getMe,
  putStatus,
  putQueue,
  getMyInteractions,
  getInteraction,
  postNote,
  postWrapUp,
  getPeople,
  getStream,
  getRecording,
  postCallback,
  ...SUPERVISOR_ROUTES,
];

/** How the API is built: who may call it, and what it works on. */
export interface ApiOptions
  extends Omit<ApiDeps, 'events' | 'today' | 'now' | 'newId' | 'contacts'>,
    Partial<Pick<ApiDeps, 'now' | 'newId'>> {
  contactCenter: ContactCenter;
  /** Where customer records come from (a CRM); the store's contacts directory unless given. */
  contacts?: ContactConnector;
  /** `AUTHORITY_HOST` (Entra, or the simulator): issuer and signing keys derive from it. */
  authorityHost: string;
  /** The API's app id URI and/or client id (`API_AUDIENCE`). */
  audiences: string[];
  /** Signing keys instead of the authority's (tests). */
  keys?: JWTVerifyGetKey;
  /** See `EventTailOptions.holeGraceMs`; 250 ms on PostgreSQL, 0 on PGlite unless given. */
  holeGraceMs?: number;
  pollMs?: number;
}

/** The running API: the handler, its routes, and `close` (stops the event tail and its LISTEN connection). */
export interface Api {
  handle: ApiHandler;
  routes: readonly Route[];
  close(): Promise<void>;
}

/**
 * Builds the Switchboard API: the token verifier for the configured tenants and audiences, the caller
 * resolver with each tenant's agents, supervisors and admins, the event tail for the stream, and the routes.
 * @example
 * const api = await createApi({ authorityHost, audiences: [env.apiAudience], contactCenter, directory, store,
 *   agents, processor, graph, logger });
 * app.use(expressApi(api.handle, { logger }));
 */
export async function createApi(options: ApiOptions): Promise<Api> {
  const tenants = new Set(options.contactCenter.tenants.map((t) => t.id));
  const verifier = createApiTokenVerifier({
    authorityHost: options.authorityHost,
    audiences: options.audiences,
    allowedTenants: (tid) => tenants.has(tid.toLowerCase()),
    ...(options.keys ? { keys: options.keys } : {}),
  });
  const now = options.now ?? Date.now;
  const events = await startEventTail({
    store: options.store,
    holeGraceMs: options.holeGraceMs ?? (options.store.dialect === 'postgres' ? 250 : 0),
    pollMs: options.pollMs,
    logger: options.logger,
    now,
  });
  const today = createTodayFigures(options.store, events);
  const deps: ApiDeps = {
    store: options.store,
    directory: options.directory,
    agents: options.agents,
    processor: options.processor,
    graph: options.graph,
    events,
    today,
    contacts: options.contacts ?? directoryConnector(options.store.contacts),
    logger: options.logger,
    now,
    newId: options.newId ?? randomUUID,
    heartbeatMs: options.heartbeatMs,
    recordings: options.recordings,
  };
  const routes = [...ROUTES, getOpenApi(ROUTES)];
  return {
    handle: createApiHandler(routes, deps, createCallerResolver(verifier, options.contactCenter.tenants)),
    routes,
    close: () => {
      today.close();
      return events.close();
    },
  };
}
