/** Microsoft Graph's resource URI: the `aud` of the app tokens Entra issues for Graph. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Microsoft Graph's application id, which Graph also accepts as a token audience. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/**
 * The application permissions every simulated app holds on Graph, as if a tenant admin had consented.
 * Spelled as Graph spells them (`Calls.InitiateGroupCall.All`, not the misspelling on older doc pages).
 */
export const GRAPH_APP_ROLES: readonly string[] = [
  'Calls.Initiate.All',
  'Calls.InitiateGroupCall.All',
  'Calls.JoinGroupCall.All',
  'Calls.AccessMedia.All',
  'Presence.Read.All',
  'User.Read.All',
];

/** The `iss` of the JWTs the Teams calling service puts on each notification it posts to a bot. */
export const CALLING_ISSUER = 'https://api.botframework.com';

/**
 * The Teams desktop and mobile client's application id, used as `azp` of simulated user tokens
 * (it is one of the two client ids a tab's API pre-authorizes for Teams SSO).
 */
export const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

/** Tenant path segments that name no single tenant; Entra serves metadata for them with a templated issuer. */
export const TENANT_ALIASES: readonly string[] = ['common', 'organizations'];
