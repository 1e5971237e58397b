/**
 * What the identity capability needs to know about tenants, apps and users. The rest of the simulator
 * implements it (the world's directory); identity only reads it. Lookups are by id, case-insensitively.
 */
export interface Directory {
  tenant(id: string): { id: string; displayName: string } | undefined;
  /** An app without `tenantId` is multi-tenant: it may get tokens for any tenant the directory knows. */
  app(appId: string): { appId: string; appSecret: string; tenantId?: string } | undefined;
  user(
    id: string,
  ): { id: string; tenantId: string; displayName: string; userPrincipalName: string } | undefined;
}
