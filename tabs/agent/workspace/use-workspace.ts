import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type AgentApi,
  ApiProblem,
  type InteractionDetail,
  type InteractionSummary,
  type Me,
  type MyInteractions,
  openEventStream,
  type TokenSource,
} from '../../shared';
import { taskOf } from './task-fields';

/** What the agent is doing, which decides the main panel. */
export type WorkPhase = 'idle' | 'offer' | 'call' | 'wrapUp' | 'voicemail';

export interface WorkspaceState {
  me: Me | undefined;
  interactions: MyInteractions | undefined;
  /** The interaction the main panel is about: the offer, the call, or the one to wrap up. */
  current: InteractionSummary | undefined;
  detail: InteractionDetail | undefined;
  phase: WorkPhase;
  connected: boolean;
  /** The last failed action, said to the agent; cleared by the next success. */
  problem: string | undefined;
  signedOut: boolean;
}

/** How often queue waiting counts are re-read: they change with other agents' calls, not on this stream. */
const QUEUE_REFRESH_MS = 5000;

/**
 * The workspace's data: the agent and their calls from the API, kept current by the realtime stream. An
 * `offered` event carries who is calling, so the offer shows the moment it arrives, before any reload.
 */
export function useWorkspace(api: AgentApi, tokens: TokenSource, streamUrl: string) {
  const [me, setMe] = useState<Me>();
  const [interactions, setInteractions] = useState<MyInteractions>();
  const [offer, setOffer] = useState<InteractionSummary>();
  const [detail, setDetail] = useState<InteractionDetail>();
  const [connected, setConnected] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [signedOut, setSignedOut] = useState(false);
  const reloads = useRef(0);
  /** Bumped by each completed reload, so the open interaction's detail (notes, timeline) is read again. */
  const [version, setVersion] = useState(0);

  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiProblem && error.status === 401) setSignedOut(true);
    setProblem(error instanceof Error ? error.message : String(error));
  }, []);

  const reload = useCallback(async () => {
    const ticket = ++reloads.current;
    try {
      const [nextMe, nextInteractions] = await Promise.all([api.me(), api.myInteractions()]);
      // A slower, older reload must not undo a newer one.
      if (ticket !== reloads.current) return;
      setMe(nextMe);
      setInteractions(nextInteractions);
      setOffer(undefined);
      setVersion((v) => v + 1);
    } catch (error) {
      fail(error);
    }
  }, [api, fail]);

  useEffect(() => {
    void reload();
    const stream = openEventStream({
      url: streamUrl,
      tokens,
      onEvent: (name, event) => {
        if (name === 'offered' && event.interaction) setOffer(event.interaction);
        void reload();
      },
      onReset: () => void reload(),
      onConnection: setConnected,
    });
    const timer = setInterval(() => {
      api.me().then(setMe, fail);
    }, QUEUE_REFRESH_MS);
    return () => {
      stream.close();
      clearInterval(timer);
    };
  }, [api, tokens, streamUrl, reload, fail]);

  const current = offer ?? interactions?.current ?? undefined;
  const phase = workPhase(me, current, offer !== undefined);
  const currentId = current?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the detail is re-read after every reload (`version`)
  useEffect(() => {
    if (!currentId) return setDetail(undefined);
    let live = true;
    api.interaction(currentId).then((d) => live && setDetail(d), fail);
    return () => {
      live = false;
    };
  }, [api, currentId, version, fail]);

  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setProblem(undefined);
      } catch (error) {
        fail(error);
      }
      await reload();
    },
    [reload, fail],
  );

  const state: WorkspaceState = {
    me,
    interactions,
    current,
    detail: detail?.id === currentId ? detail : undefined,
    phase,
    connected,
    problem,
    signedOut,
  };
  return {
    state,
    setStatus: (status: 'available' | 'notReady' | 'offline', reason?: string) =>
      act(() => api.setStatus(status, reason)),
    setQueue: (queueId: string, signedIn: boolean) => act(() => api.setQueue(queueId, signedIn)),
    addNote: (id: string, text: string) => act(() => api.addNote(id, text)),
    wrapUp: (id: string, disposition: string, notes?: string) =>
      act(() => api.wrapUp(id, disposition, notes)),
    startCallback: (id: string) => act(() => api.startCallback(id)),
  };
}

/** The main panel follows the agent's routing state, and an offer as soon as the stream brings one. */
export function workPhase(
  me: Me | undefined,
  current: InteractionSummary | undefined,
  offered: boolean,
): WorkPhase {
  if (!me) return 'idle';
  if (current && taskOf(current).channel === 'voicemail' && current.state !== 'ended') return 'voicemail';
  if (me.status === 'wrapUp' && current) return 'wrapUp';
  if (offered || me.status === 'reserved' || current?.state === 'offering') return current ? 'offer' : 'idle';
  if (me.status === 'busy' && current) return 'call';
  return 'idle';
}
