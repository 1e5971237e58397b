import type { Logger } from 'pino';
import type { CallProcessor } from '../../src/calls';
import type { ContactCenterDirectory } from '../../src/config';
import type { ContactConnector } from '../../src/contacts';
import type { AgentService } from '../../src/routing';
import type { Store } from '../../src/store';
import type { RecordingStorage } from '../../src/voice';
import type { GraphPort } from '../graph';
import type { EventTail } from './realtime/event-tail';
import type { TodayFigures } from './supervisor/today-figures';

/** What the API's handlers use: the store, the configuration, the agent service, Graph and the event tail. */
export interface ApiDeps {
  store: Store;
  directory: ContactCenterDirectory;
  agents: AgentService;
  /** Runs a transaction whose after-commit work (routing wake-ups, outbox) the router handles. */
  processor: Pick<CallProcessor, 'run' | 'context' | 'applyDeps'> & Partial<Pick<CallProcessor, 'leg'>>;
  /** Where voicemail recordings are kept (for their download). */
  recordings?: RecordingStorage;
  graph: Pick<GraphPort, 'searchUsers' | 'getPresences'>;
  events: EventTail;
  /** Today's live figures per tenant, kept current from the event tail. */
  today: TodayFigures;
  /** Customer records by the caller's number: the store's directory unless a CRM connector is given. */
  contacts: ContactConnector;
  logger: Logger;
  now(): number;
  newId(): string;
  /** Beats on open streams, so proxies keep them open; 15 s unless given. */
  heartbeatMs?: number;
}
