/** Tenants, calling-bot apps, resource accounts and users: what Entra and Teams admin would hold. */
export interface Tenant {
  id: string;
  displayName: string;
}

export interface App {
  appId: string;
  appSecret: string;
  /** Absent for a multi-tenant app, which may act in any tenant that exists here. */
  tenantId?: string;
  /** The calling webhook registered on the bot's Teams channel: where new incoming calls are notified. */
  callbackUri: string;
}

export interface ResourceAccount {
  /** Object id of the application instance. */
  id: string;
  tenantId: string;
  appId: string;
  phoneNumber: string;
  displayName: string;
}

export interface User {
  id: string;
  tenantId: string;
  displayName: string;
  userPrincipalName: string;
}

/** The registry of identities. Registration is idempotent by id, so a bot may re-register at start. */
export class Directory {
  readonly tenants = new Map<string, Tenant>();
  readonly apps = new Map<string, App>();
  readonly resourceAccounts = new Map<string, ResourceAccount>();
  readonly users = new Map<string, User>();

  tenant(id: string): Tenant | undefined {
    return this.tenants.get(id.toLowerCase());
  }

  app(appId: string): App | undefined {
    return this.apps.get(appId.toLowerCase());
  }

  user(id: string): User | undefined {
    return this.users.get(id.toLowerCase());
  }

  resourceAccount(id: string): ResourceAccount | undefined {
    return this.resourceAccounts.get(id.toLowerCase());
  }

  resourceAccountByNumber(phoneNumber: string): ResourceAccount | undefined {
    for (const account of this.resourceAccounts.values())
      if (account.phoneNumber === phoneNumber) return account;
    return undefined;
  }

  addTenant(tenant: Tenant): void {
    this.tenants.set(tenant.id.toLowerCase(), tenant);
  }

  addApp(app: App): void {
    this.apps.set(app.appId.toLowerCase(), app);
  }

  addResourceAccount(account: ResourceAccount): void {
    this.resourceAccounts.set(account.id.toLowerCase(), account);
  }

  addUser(user: User): void {
    this.users.set(user.id.toLowerCase(), user);
  }

  /** Whether an app may act in a tenant: its own, or any existing one when it is multi-tenant. */
  appServes(app: App, tenantId: string): boolean {
    if (!this.tenant(tenantId)) return false;
    return app.tenantId === undefined || app.tenantId.toLowerCase() === tenantId.toLowerCase();
  }
}
