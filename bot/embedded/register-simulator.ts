import { randomBytes, randomUUID } from 'node:crypto';
import type { ContactCenter } from '../../src/config';

/** The bot's identity and Microsoft's endpoints, as a simulator provides them. */
export interface SimulatedCloud {
  appId: string;
  appSecret: string;
  graphBaseUrl: string;
  authorityHost: string;
  callingOpenIdMetadataUrl: string;
  simulatorUrl: string;
}

async function post(simulatorUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${simulatorUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`simulator ${path}: ${response.status} ${await response.text()}`);
}

/**
 * Registers the contact center with a simulator through its control API, as a tenant admin would with
 * Microsoft: the tenants, the calling bot with a fresh secret and its webhook, the numbers (resource
 * accounts) and the agents (Teams users). Safe to repeat: the simulator registers by id.
 */
export async function registerWithSimulator(
  simulatorUrl: string,
  contactCenter: ContactCenter,
  callbackUri: string,
  appId: string = randomUUID(),
  appSecret: string = randomBytes(24).toString('base64url'),
): Promise<SimulatedCloud> {
  for (const tenant of contactCenter.tenants) {
    await post(simulatorUrl, '/_sim/tenants', { tenantId: tenant.id, displayName: tenant.name });
  }
  await post(simulatorUrl, '/_sim/apps', { appId, appSecret, callbackUri });
  for (const tenant of contactCenter.tenants) {
    for (const number of tenant.numbers) {
      await post(simulatorUrl, '/_sim/resourceAccounts', {
        id: number.applicationInstanceId,
        tenantId: tenant.id,
        appId,
        phoneNumber: number.phoneNumber,
        displayName: number.name ?? tenant.name,
      });
    }
    for (const agent of tenant.agents) {
      const upn = `${agent.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@${tenant.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
      await post(simulatorUrl, '/_sim/users', {
        id: agent.id,
        tenantId: tenant.id,
        displayName: agent.name,
        userPrincipalName: upn,
      });
    }
    // Supervisors who are not agents, so they can sign in to the supervisor tab through the simulator.
    const agentIds = new Set(tenant.agents.map((agent) => agent.id));
    for (const [index, id] of tenant.supervisors.filter((s) => !agentIds.has(s)).entries()) {
      const domain = `${tenant.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
      await post(simulatorUrl, '/_sim/users', {
        id,
        tenantId: tenant.id,
        displayName: `Supervisor ${index + 1}`,
        userPrincipalName: `supervisor${index + 1}@${domain}`,
      });
    }
  }
  return {
    appId,
    appSecret,
    graphBaseUrl: `${simulatorUrl}/v1.0`,
    authorityHost: simulatorUrl,
    callingOpenIdMetadataUrl: `${simulatorUrl}/calling/v1/.well-known/OpenIdConfiguration`,
    simulatorUrl,
  };
}

/** Registers the messaging bot on the simulator's Bot Framework channel for Teams chat. */
export async function registerChatBot(
  simulatorUrl: string,
  appId: string,
  messagingEndpoint: string,
): Promise<void> {
  await post(simulatorUrl, '/_sim/chat/bot', { appId, messagingEndpoint, name: 'Switchboard' });
}
