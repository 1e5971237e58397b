/** `m:ss` under an hour, `h:mm:ss` above: how contact centers show handle and wait times. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A time of day in the user's locale, for today's history. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** A phone number as people read it, or "Withheld number". */
export function formatCaller(caller: string | null): string {
  return caller ?? 'Withheld number';
}

/** The status names agents know, for the API's routing states. */
export const STATUS_LABELS: Record<string, string> = {
  offline: 'Offline',
  available: 'Available',
  reserved: 'Call ringing',
  busy: 'On a call',
  wrapUp: 'Wrap-up',
  notReady: 'Not ready',
};
