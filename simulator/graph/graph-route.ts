import type { RouteParams, SimRequest, SimResponse } from '../http/types';

/** Who is calling Graph, from the app-only token. */
export interface Caller {
  appId: string;
  tenantId: string;
}

/** A Graph route: the request, its path params and the authenticated app. */
export type GraphRoute = (
  req: SimRequest,
  params: RouteParams,
  caller: Caller,
) => SimResponse | Promise<SimResponse>;

/** One entry of a Graph route table: `kind` names it for fault rules and the request log. */
export interface GraphRouteEntry {
  method: string;
  /** Path under `/v1.0`, with `:param` segments. */
  path: string;
  kind: string;
  route: GraphRoute;
}
