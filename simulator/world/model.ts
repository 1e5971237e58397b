import type { Timer } from '../clock';
import type { Presence } from './presence';

/** Graph's call states (CSDL `callState`). */
export type CallState =
  | 'incoming'
  | 'establishing'
  | 'established'
  | 'transferring'
  | 'transferAccepted'
  | 'redirecting'
  | 'terminating'
  | 'terminated';

/** Who is at the far end of a bot's call: a phone line or a Teams user's client. */
export type Party = { kind: 'pstn'; legId: string } | { kind: 'user'; userId: string };

export interface ResultInfo {
  code: number;
  subcode: number;
  message: string;
}

/** A call as Graph holds it for a bot: the resource behind `/communications/calls/{id}`. */
export interface SimCall {
  id: string;
  appId: string;
  tenantId: string;
  direction: 'incoming' | 'outgoing';
  state: CallState;
  callbackUri: string;
  callChainId: string;
  myParticipantId: string;
  /** The far end's participant id in the roster. */
  peerParticipantId: string;
  /** Graph's `source` and `targets` as they were presented or requested. */
  source: Record<string, unknown>;
  targets: Record<string, unknown>[];
  requestedModalities: string[];
  mediaHosting: 'service' | 'app' | undefined;
  /** The application instance the call runs through; PSTN operations need one. */
  applicationInstanceId: string | undefined;
  peer: Party;
  /** Users invited into the call; any makes it a group call, after which transfer no longer works. */
  invitees: string[];
  toneSubscribed: boolean;
  toneSequence: number;
  etag: number;
  createdAt: number;
  endedAt?: number;
  resultInfo?: ResultInfo;
  timers: Map<string, Timer>;
  /** What a Teams user at the far end heard (a phone line keeps its own list on the line). */
  heard?: HeardPrompt[];
}

/** One prompt as the far end heard it. */
export interface HeardPrompt {
  uri: string;
  start: string;
  end?: string;
  /** Audio length in (simulated) seconds. */
  durationSeconds: number;
  /** Stopped before its end: cancelled, hung up, or transferred away. */
  cut: boolean;
  kind: 'prompt' | 'holdMusic' | 'beep' | 'recording';
}

/** A phone line on the public network: a caller dialling in, or a number the bot called. */
export interface PstnLeg {
  id: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  state: 'ringing' | 'connected' | 'ended';
  /** The bot call this line is in, or the Teams user it was handed to. */
  connectedTo: Party | { kind: 'bot'; callId: string } | undefined;
  callIds: string[];
  heard: HeardPrompt[];
  startedAt: string;
  endedAt?: string;
  endReason?: string;
}

/** An offer ringing on a Teams client: answered or declined through the control API or the page. */
export interface Ring {
  id: string;
  userId: string;
  from: string;
  kind: 'transfer' | 'botCall' | 'redirect' | 'invite';
  callId: string;
  startedAt: string;
  answer(): void;
  decline(reason: 'declined' | 'timeout' | 'cancelled'): void;
}

/** A Teams user's client: what rings, what call they are in, and the presence they chose. */
export interface TeamsClient {
  userId: string;
  chosen: Presence;
  rings: Map<string, Ring>;
  /** The conversation the user is in: with a phone line handed over to them, or a bot's call. */
  inCall:
    | { with: { kind: 'pstn'; legId: string } | { kind: 'bot'; callId: string }; since: string }
    | undefined;
}
