import { useMemo } from 'react';
import { createAgentApi, type ReadySession, TabFrame } from '../shared';
import { Workspace } from './workspace/workspace';

/** The agent's workspace once signed in: its API client is made once per session. */
function SignedIn({ session }: { session: ReadySession }) {
  const { apiBase, tokens, host } = session;
  const api = useMemo(() => createAgentApi({ apiBase, tokens }), [apiBase, tokens]);
  return <Workspace api={api} tokens={tokens} streamUrl={`${apiBase}/stream`} host={host} />;
}

/** The agent workspace tab: themed like its host, signed in, then the workspace itself. */
export function AgentTab() {
  return <TabFrame title="Switchboard">{(session) => <SignedIn session={session} />}</TabFrame>;
}
