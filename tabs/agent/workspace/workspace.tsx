import { Button, Card, MessageBar, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import type { AgentApi, TeamsHost, TokenSource } from '../../shared';
import { useNow } from '../../shared/use-now';
import { CallPanel } from './call-panel';
import { HistoryList } from './history-list';
import { OfferCard } from './offer-card';
import { QueueList } from './queue-list';
import { StatusPicker } from './status-picker';
import { useWorkspace, type WorkspaceState } from './use-workspace';
import { VoicemailCard } from './voicemail-card';
import { WrapUpForm } from './wrap-up-form';

/** Not needed for the first render: loaded after it, in its own chunk. */
const PeopleSearch = lazy(() => import('./people-search').then((m) => ({ default: m.PeopleSearch })));

export interface WorkspaceProps {
  api: AgentApi;
  tokens: TokenSource;
  streamUrl: string;
  host: TeamsHost;
}

const useStyles = makeStyles({
  main: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '1200px',
    margin: '0 auto',
    boxSizing: 'border-box',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The wrap-up's end: when the agent entered wrap-up plus the queue's wrap-up time. */
function wrapUpEndsAt(state: WorkspaceState): number | undefined {
  const queue = state.me?.queues.find((q) => q.id === state.current?.queue?.id);
  if (!state.me || !queue || queue.wrapUpSeconds === 0) return undefined;
  return Date.parse(state.me.since) + queue.wrapUpSeconds * 1000;
}

/** The agent's workspace: status and queues, the current work, experts, and today's calls. */
export function Workspace({ api, tokens: tokenSource, streamUrl, host }: WorkspaceProps) {
  const styles = useStyles();
  const now = useNow();
  const work = useWorkspace(api, tokenSource, streamUrl);
  const { me, current, detail, phase, problem, signedOut, interactions } = work.state;
  useEffect(() => {
    // The first meaningful render, for the performance budget.
    if (me) performance.mark('switchboard:workspace-ready');
  }, [me]);
  if (!me)
    return (
      <main className={styles.main}>
        {problem ? (
          <MessageBar intent="error">{problem}</MessageBar>
        ) : (
          <Spinner label="Loading your workspace…" />
        )}
      </main>
    );
  return (
    <main className={styles.main} aria-label="Agent workspace" data-ready="true">
      <div className={styles.column}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {me.name}
          </Text>
          <Text size={200} className={styles.muted} role="status">
            {work.state.connected ? 'Live' : 'Reconnecting…'}
          </Text>
        </header>
        {problem && (
          <MessageBar intent={signedOut ? 'warning' : 'error'}>
            {problem}
            {signedOut && (
              <Button appearance="transparent" onClick={() => void tokenSource.signIn()}>
                Sign in again
              </Button>
            )}
          </MessageBar>
        )}
        <Card role="region" aria-label="Status and queues">
          <StatusPicker me={me} now={now} onChange={work.setStatus} />
          <Text as="h2" size={300} weight="semibold">
            Queues
          </Text>
          <QueueList queues={me.queues} onChange={work.setQueue} />
        </Card>
        {phase === 'offer' && current && <OfferCard interaction={current} detail={detail} />}
        {phase === 'call' && current && (
          <CallPanel
            interaction={current}
            detail={detail}
            now={now}
            onNote={(text) => work.addNote(current.id, text)}
          />
        )}
        {phase === 'voicemail' && current && (
          <>
            <VoicemailCard interaction={current} loadRecording={api.recording} />
            <WrapUpForm
              key={current.id}
              interaction={current}
              codes={me.wrapUpCodes}
              now={now}
              onSubmit={(disposition, notes) => work.wrapUp(current.id, disposition, notes)}
            />
          </>
        )}
        {phase === 'wrapUp' && current && (
          <WrapUpForm
            key={current.id}
            interaction={current}
            codes={me.wrapUpCodes}
            endsAt={wrapUpEndsAt(work.state)}
            now={now}
            onSubmit={(disposition, notes) => work.wrapUp(current.id, disposition, notes)}
          />
        )}
        {phase === 'idle' && (
          <Text className={styles.muted}>
            {me.status === 'available' ? 'Waiting for the next call.' : 'Go available to take calls.'}
          </Text>
        )}
      </div>
      <div className={styles.column}>
        <Card role="region" aria-labelledby="people-title">
          <Text as="h2" id="people-title" size={300} weight="semibold">
            Experts
          </Text>
          <Suspense fallback={<Spinner size="tiny" label="Loading search…" />}>
            <PeopleSearch
              search={api.people}
              openLink={host.inTeams ? (url) => void host.openLink(url) : undefined}
            />
          </Suspense>
        </Card>
        <Card role="region" aria-labelledby="history-title">
          <Text as="h2" id="history-title" size={300} weight="semibold">
            Today
          </Text>
          <HistoryList
            today={interactions?.today ?? []}
            codes={me.wrapUpCodes}
            onCallBack={work.startCallback}
          />
        </Card>
      </div>
    </main>
  );
}
