import { useEffect, useRef, useState } from 'react';
import type { InteractionSummary } from '../../shared';
import type { SupervisorApi } from '../supervisor-api';

/** A local date `days` from today, YYYY-MM-DD. */
export function localDate(days = 0, from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * The calls of the last days, reloaded whenever `version` changes (the floor's calls moved on), one
 * request at a time: a change during a request reloads once more after it. The stream carries counts, not
 * the calls, so the waiting list and the grid's current calls come from here. Yesterday to tomorrow covers
 * the tenant's today whatever its time zone.
 */
export function useCallsNow(api: SupervisorApi, version: string | undefined) {
  const [calls, setCalls] = useState<InteractionSummary[]>([]);
  const [problem, setProblem] = useState<string>();
  const busy = useRef(false);
  const again = useRef(false);
  const [reloads, setReloads] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version and reloads are what ask for a reload
  useEffect(() => {
    if (version === undefined) return;
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    api
      .interactions({ from: localDate(-1), to: localDate(1), queues: [] })
      .then(
        (list) => {
          setCalls(list.interactions);
          setProblem(undefined);
        },
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => {
        busy.current = false;
        if (again.current) {
          again.current = false;
          setReloads((n) => n + 1);
        }
      });
  }, [api, version, reloads]);
  return { calls, problem, reload: () => setReloads((n) => n + 1) };
}
