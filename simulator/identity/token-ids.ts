import { createHash, randomBytes } from 'node:crypto';

/**
 * The object id of an app's service principal in a tenant, as a name-based UUID: the same app in the same
 * tenant always gets the same id, and a multi-tenant app gets a different one in each tenant, as in Entra.
 */
export function servicePrincipalId(appId: string, tenantId: string): string {
  const hex = createHash('sha256')
    .update(`sp:${appId.toLowerCase()}:${tenantId.toLowerCase()}`)
    .digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A user's pairwise `sub` for one audience: stable per user and app, different across apps, as Entra's. */
export function pairwiseSubject(userId: string, audience: string): string {
  return createHash('sha256').update(`sub:${userId.toLowerCase()}:${audience}`).digest('base64url');
}

/** A token's unique identifier (`uti`): 16 random bytes, base64url, like Entra's 22-character values. */
export function tokenUniqueId(): string {
  return randomBytes(16).toString('base64url');
}

/** An opaque `rh` claim. Entra uses it internally to revalidate tokens; resources must not read it. */
export function refreshHint(): string {
  return `0.${randomBytes(32).toString('base64url')}.`;
}
