/** Teams deep links (Teams opens the chat or asks to start the call; it carries the call itself). */
export function teamsChatLink(user: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(user)}`;
}

/** A Teams call to a user, by UPN. */
export function teamsCallLink(user: string): string {
  return `https://teams.microsoft.com/l/call/0/0?users=${encodeURIComponent(user)}&source=switchboard`;
}

/** Fluent's presence badge statuses, from Graph's availability. */
export type PresenceStatus = 'available' | 'away' | 'busy' | 'do-not-disturb' | 'offline' | 'unknown';

export function presenceStatus(availability: string | undefined): PresenceStatus {
  switch (availability) {
    case 'Available':
    case 'AvailableIdle':
      return 'available';
    case 'Busy':
    case 'BusyIdle':
      return 'busy';
    case 'DoNotDisturb':
      return 'do-not-disturb';
    case 'Away':
    case 'BeRightBack':
      return 'away';
    case 'Offline':
      return 'offline';
    default:
      return 'unknown';
  }
}
