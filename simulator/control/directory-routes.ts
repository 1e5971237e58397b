import { z } from 'zod';
import type { Sim } from '../engine/sim';
import type { Route } from '../http/types';
import { controlError, isError, parseBody } from './control-error';

const id = z.string().trim().min(1);
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number like +14255550100');
const httpUrl = z.url({ protocol: /^https?$/ });

const TenantInput = z.strictObject({ tenantId: id, displayName: z.string().min(1) });
const AppInput = z.strictObject({
  appId: id,
  appSecret: z.string().min(1),
  tenantId: id.optional(),
  callbackUri: httpUrl,
});
const ResourceAccountInput = z.strictObject({
  id,
  tenantId: id,
  appId: id,
  phoneNumber: e164,
  displayName: z.string().min(1),
});
const UserInput = z.strictObject({
  id,
  tenantId: id,
  displayName: z.string().min(1),
  userPrincipalName: z.string().min(3),
});

/** `/_sim/tenants`, `/_sim/apps`, `/_sim/resourceAccounts`, `/_sim/users`: registering who exists. */
export function directoryRoutes(sim: Sim): Array<[string, string, Route]> {
  const { directory } = sim;
  const unknownTenant = (tenantId: string) =>
    controlError(404, 'tenantNotFound', `tenant '${tenantId}' does not exist; POST /_sim/tenants first`);
  return [
    [
      'POST',
      '/_sim/tenants',
      (req) => {
        const input = parseBody(TenantInput, req.body);
        if (isError(input)) return input;
        directory.addTenant({ id: input.tenantId, displayName: input.displayName });
        return { status: 201, body: directory.tenant(input.tenantId) };
      },
    ],
    ['GET', '/_sim/tenants', () => ({ status: 200, body: { value: [...directory.tenants.values()] } })],
    [
      'POST',
      '/_sim/apps',
      (req) => {
        const input = parseBody(AppInput, req.body);
        if (isError(input)) return input;
        if (input.tenantId && !directory.tenant(input.tenantId)) return unknownTenant(input.tenantId);
        directory.addApp(input);
        return {
          status: 201,
          body: { appId: input.appId, tenantId: input.tenantId ?? null, callbackUri: input.callbackUri },
        };
      },
    ],
    [
      'POST',
      '/_sim/resourceAccounts',
      (req) => {
        const input = parseBody(ResourceAccountInput, req.body);
        if (isError(input)) return input;
        if (!directory.tenant(input.tenantId)) return unknownTenant(input.tenantId);
        if (!directory.app(input.appId)) {
          return controlError(
            404,
            'appNotFound',
            `app '${input.appId}' does not exist; POST /_sim/apps first`,
          );
        }
        const holder = directory.resourceAccountByNumber(input.phoneNumber);
        if (holder && holder.id.toLowerCase() !== input.id.toLowerCase()) {
          return controlError(
            409,
            'numberInUse',
            `${input.phoneNumber} is already assigned to resource account '${holder.id}'`,
          );
        }
        directory.addResourceAccount(input);
        return { status: 201, body: input };
      },
    ],
    [
      'GET',
      '/_sim/resourceAccounts',
      () => ({ status: 200, body: { value: [...directory.resourceAccounts.values()] } }),
    ],
    [
      'POST',
      '/_sim/users',
      (req) => {
        const input = parseBody(UserInput, req.body);
        if (isError(input)) return input;
        if (!directory.tenant(input.tenantId)) return unknownTenant(input.tenantId);
        directory.addUser(input);
        return { status: 201, body: input };
      },
    ],
  ];
}
