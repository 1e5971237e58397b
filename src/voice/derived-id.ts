import { createHash } from 'node:crypto';

/**
 * A UUID made from an interaction's id and a purpose (`voicemail`): a transition that is retried, or a
 * notification that is repeated, names the same thing again instead of creating a second one.
 */
export function derivedId(interactionId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${interactionId}/${purpose}`).digest('hex');
  // Version 8 (custom) with the RFC 9562 variant bits, so it is a valid UUID for the uuid column.
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
