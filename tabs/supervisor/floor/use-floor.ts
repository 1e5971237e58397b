import { useEffect, useState } from 'react';
import { openEventStream, type SupervisorSnapshot, type TokenSource } from '../../shared';

/**
 * The floor as the supervisor stream pushes it: a `snapshot` (tiles and agent grid) on connect and after
 * every change in the tenant, so the newest snapshot is all there is to keep.
 */
export function useFloor(streamUrl: string, tokens: TokenSource) {
  const [snapshot, setSnapshot] = useState<SupervisorSnapshot>();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const stream = openEventStream<SupervisorSnapshot>({
      url: streamUrl,
      tokens,
      events: ['snapshot'],
      onEvent: (_name, next) => setSnapshot(next),
      onReset: () => {
        // Nothing to reload: the next snapshot replaces everything.
      },
      onConnection: setConnected,
    });
    return () => stream.close();
  }, [streamUrl, tokens]);
  return { snapshot, connected };
}
