import pino from 'pino';
import {
  createGraphPort,
  type GraphPort,
  type GraphPortOptions,
  type GraphRequestMetrics,
} from '../../../bot/graph';
import { appId, appSecret, type Harness, startHarness } from '../simulator/harness';

/** One Graph request as the simulator logged it (`GET /_sim/requests`). */
export interface SimRequestRecord {
  method: string;
  path: string;
  kind: string;
  body: { ids?: string[]; prompts?: unknown[]; source?: unknown; [name: string]: unknown };
  status: number;
}

/** One line the port logged, as pino wrote it. */
export interface LogLine {
  level: number;
  msg: string;
  route?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  attempt?: number;
  tenantId?: string;
  callId?: string;
  requestId?: string;
  clientRequestId?: string;
}

/** The simulator harness (tenant, app, number, users, a bot endpoint) and a GraphPort pointed at it. */
export interface GraphFixture {
  h: Harness;
  graph: GraphPort;
  /** Every line the port logged, parsed. */
  logs: LogLine[];
  /** Every attempt the port measured. */
  metrics: GraphRequestMetrics[];
  /** The Graph requests the simulator received, optionally of one kind (`playPrompt`…). */
  requests(kind?: string): Promise<SimRequestRecord[]>;
  /** Another port on the same simulator, with other options. */
  port(options?: Partial<GraphPortOptions>): GraphPort;
  close(): Promise<void>;
}

/**
 * Starts the simulator (speed 20, roomy Graph deadlines) with the harness's directory and builds the bot's GraphPort against its
 * Graph and Entra, retrying quickly (0.1 s base backoff) so tests of 503 stay short.
 */
export async function startGraphFixture(options: Partial<GraphPortOptions> = {}): Promise<GraphFixture> {
  const h = await startHarness({ speed: 20 });
  const logs: LogLine[] = [];
  const metrics: GraphRequestMetrics[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const port = (more: Partial<GraphPortOptions> = {}) =>
    createGraphPort({
      clientId: appId,
      clientSecret: appSecret,
      logger,
      graphBaseUrl: h.simulator.graphBaseUrl,
      authorityHost: h.simulator.authorityHost,
      retry: { delaySeconds: 0.1 },
      onRequest: (m) => metrics.push(m),
      ...options,
      ...more,
    });
  return {
    h,
    graph: port(),
    logs,
    metrics,
    requests: async (kind) =>
      (await h.control('GET', `/_sim/requests${kind ? `?kind=${kind}` : ''}`)).body.value,
    port,
    close: () => h.close(),
  };
}
