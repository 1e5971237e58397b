/** Wall-clock ms of local midnight of `now`'s day in `timeZone` (IANA). */
export function startOfDay(now: number, timeZone: string): number {
  const elapsed = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + (at % 1000);
  };
  const guess = now - elapsed(now);
  // A clock change since midnight leaves the guess an hour off; its own local time says by how much.
  const off = elapsed(guess);
  return off === 0 ? guess : off > 12 * 3600_000 ? guess + (24 * 3600_000 - off) : guess - off;
}
