/**
 * The bot's side of the Graph v1.0 wire contract: every route it calls, keyed by method and path template,
 * with the body it sends and the response it reads. A types hub. Bodies follow Microsoft's CSDL
 * (`graph-v1-calls-csdl.json`) exactly: no parameter a v1.0 action does not declare, and `@odata.type` where
 * the declared type is abstract (`prompt`, `mediaConfig`) or the property is dynamic on an open type
 * (`identitySet.phone`, `identitySet.applicationInstance`), as Microsoft's examples send them.
 */

/** A media file Graph fetches and plays (WAV, 16 kHz mono 16-bit); `resourceId` is its cache key. */
export interface MediaInfo {
  uri: string;
  resourceId?: string;
}

export interface MediaPrompt {
  '@odata.type': '#microsoft.graph.mediaPrompt';
  mediaInfo: MediaInfo;
}

export interface Identity {
  id: string;
  displayName?: string;
}

/** Dynamic properties of the open `identitySet` carry their type, as Microsoft's examples do. */
export interface TypedIdentity extends Identity {
  '@odata.type': '#microsoft.graph.identity';
}

export interface IdentitySet {
  user?: Identity;
  phone?: TypedIdentity;
  applicationInstance?: TypedIdentity;
}

export interface InvitationParticipantInfo {
  identity: IdentitySet;
  replacesCallId?: string;
}

export interface ParticipantInfo {
  identity: IdentitySet;
}

export interface ServiceHostedMediaConfig {
  '@odata.type': '#microsoft.graph.serviceHostedMediaConfig';
  preFetchMedia?: MediaInfo[];
}

export interface AnswerBody {
  callbackUri: string;
  acceptedModalities: 'audio'[];
  mediaConfig: ServiceHostedMediaConfig;
}

export interface PlayPromptBody {
  prompts: MediaPrompt[];
  clientContext?: string;
}

export interface RecordResponseBody {
  prompts?: MediaPrompt[];
  bargeInAllowed?: boolean;
  initialSilenceTimeoutInSeconds?: number;
  maxSilenceTimeoutInSeconds?: number;
  maxRecordDurationInSeconds?: number;
  playBeep?: boolean;
  stopTones?: string[];
  clientContext?: string;
}

export interface ClientContextBody {
  clientContext?: string;
}

export interface StartHoldMusicBody {
  customPrompt?: MediaPrompt;
  clientContext?: string;
}

/** `transfer` takes `transferTarget` and (group calls only) `transferee`; `clientContext` is not a parameter. */
export interface TransferBody {
  transferTarget: InvitationParticipantInfo;
}

/** A new peer-to-peer call (`POST /communications/calls`), as Example 7 of Microsoft's docs sends it. */
export interface CreateCallBody {
  '@odata.type': '#microsoft.graph.call';
  callbackUri: string;
  source?: ParticipantInfo;
  targets: InvitationParticipantInfo[];
  requestedModalities: 'audio'[];
  mediaConfig: ServiceHostedMediaConfig;
  tenantId: string;
}

/** Graph's `operationStatus`; the wire uses both casings, so compare lower-cased. */
export type OperationStatus = 'notStarted' | 'running' | 'completed' | 'failed' | (string & {});

/** An asynchronous media operation as Graph first answers it; its completion arrives as a notification. */
export interface CommsOperation {
  '@odata.type'?: string;
  id: string;
  status: OperationStatus;
  clientContext?: string;
}

export interface CallResource {
  id: string;
  state: string;
  myParticipantId?: string;
  callChainId?: string;
  tenantId?: string;
}

export interface PresenceResource {
  id: string;
  availability: string;
  activity: string;
}

export interface UserResource {
  id: string;
  displayName: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  jobTitle?: string | null;
}

export interface Collection<T> {
  value: T[];
}

/** What one route takes and gives; `query` values are sent URL-encoded. */
interface Route<Body, Response, Query extends Record<string, string> = never> {
  body: Body;
  query: Query;
  response: Response;
}

/** Every Graph route the bot calls. */
export interface GraphRoutes {
  'POST /communications/calls': Route<CreateCallBody, CallResource>;
  'DELETE /communications/calls/{call-id}': Route<undefined, undefined>;
  'POST /communications/calls/{call-id}/answer': Route<AnswerBody, undefined>;
  'POST /communications/calls/{call-id}/playPrompt': Route<PlayPromptBody, CommsOperation>;
  'POST /communications/calls/{call-id}/recordResponse': Route<RecordResponseBody, CommsOperation>;
  'POST /communications/calls/{call-id}/subscribeToTone': Route<ClientContextBody, CommsOperation>;
  'POST /communications/calls/{call-id}/cancelMediaProcessing': Route<ClientContextBody, CommsOperation>;
  'POST /communications/calls/{call-id}/transfer': Route<TransferBody, undefined>;
  'POST /communications/calls/{call-id}/keepAlive': Route<undefined, undefined>;
  'POST /communications/calls/{call-id}/participants/{participant-id}/startHoldMusic': Route<
    StartHoldMusicBody,
    CommsOperation
  >;
  'POST /communications/calls/{call-id}/participants/{participant-id}/stopHoldMusic': Route<
    ClientContextBody,
    CommsOperation
  >;
  'POST /communications/getPresencesByUserId': Route<{ ids: string[] }, Collection<PresenceResource>>;
  'GET /users': Route<
    undefined,
    Collection<UserResource>,
    { $filter?: string; $top?: string; $select?: string }
  >;
  'GET /users/{user-id}': Route<undefined, UserResource, { $select?: string }>;
}

/** A route key: `'POST /communications/calls/{call-id}/transfer'`. */
export type GraphRouteKey = keyof GraphRoutes;

type ParamNames<Path> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** The path parameters a route key names: `{ 'call-id': string }` for `…/calls/{call-id}/…`. */
export type RouteParams<K extends GraphRouteKey> = { [Name in ParamNames<K>]: string };
