/**
 * @module
 * What every Switchboard tab shares: finding out whether Teams hosts it (and its theme), signing in (nested
 * app authentication in Teams, MSAL or the simulator's sign-in page outside), the API client and the
 * realtime stream with resume.
 */
export { type AgentApi, ApiProblem, createAgentApi, type MyInteractions } from './api-client';
export { entraSignIn } from './auth/entra-sign-in';
export { simulatorSignIn } from './auth/simulator-sign-in';
export { SIMULATOR_TOKEN_KEY } from './auth/token-keys';
export type { TokenSource } from './auth/token-source';
export { type EventStream, openEventStream, STREAM_EVENTS } from './event-stream';
export { loadTabConfig, type TabConfig } from './tab-config';
export { type ReadySession, TabFrame } from './tab-frame';
export { connectToTeams, type TeamsHost } from './teams-host';
export { browserThemeName, fluentTheme, type ThemeName, toThemeName } from './theme';
export { type TabSession, useTabSession } from './use-tab-session';
export { useThemeName } from './use-theme-name';
export type {
  AgentRow,
  InteractionDetail,
  InteractionSummary,
  Me,
  Person,
  QueueTile,
  StreamEvent,
  SupervisorSnapshot,
} from './wire-types';
