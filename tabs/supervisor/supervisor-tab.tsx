import { MessageBar, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { type ReadySession, type SupervisorSnapshot, TabFrame } from '../shared';
import { useNow } from '../shared/use-now';
import { AgentGrid } from './floor/agent-grid';
import { QueueTiles } from './floor/queue-tiles';
import { useCallsNow } from './floor/use-calls-now';
import { useFloor } from './floor/use-floor';
import { WaitingCalls } from './floor/waiting-calls';
import { createSupervisorApi } from './supervisor-api';

// The charts and the report load when first opened: they stay out of the initial JS (the 300 KB budget).
const IntradayView = lazy(() => import('./intraday/intraday-view'));
const ReportView = lazy(() => import('./history/report-view'));

type View = 'floor' | 'intraday' | 'report';

/**
 * What changes when the list of calls does: a call queued, answered, abandoned or moved changes a queue's
 * counts, and a call reaching or leaving an agent changes the grid. Other snapshots (a timer, a state
 * change) do not reload the list.
 */
function callsVersion(snapshot: SupervisorSnapshot): string {
  const queues = snapshot.queues.map((q) => [
    q.waiting,
    q.today.offered,
    q.today.answered,
    q.today.abandoned,
  ]);
  return JSON.stringify([queues, snapshot.agents.map((a) => a.interactionId)]);
}

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '1400px',
    margin: '0 auto',
    boxSizing: 'border-box',
    '@media (max-width: 640px)': { padding: tokens.spacingHorizontalS },
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: 'wrap' },
});

/** The dashboard: the live floor (tiles, waiting calls, agents), the intraday chart and the report. */
function Dashboard({ session }: { session: ReadySession }) {
  const styles = useStyles();
  const { apiBase, tokens: tokenSource } = session;
  const api = useMemo(() => createSupervisorApi({ apiBase, tokens: tokenSource }), [apiBase, tokenSource]);
  const { snapshot, connected } = useFloor(`${apiBase}/supervisor/stream`, tokenSource);
  const { calls, problem: callsProblem, reload } = useCallsNow(api, snapshot && callsVersion(snapshot));
  const now = useNow();
  const [view, setView] = useState<View>('floor');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (snapshot) performance.mark('switchboard:floor-ready');
  }, [snapshot]);
  const act = (action: Promise<void>) =>
    action.then(
      () => {
        setProblem(undefined);
        reload();
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  const queues = snapshot?.queues.map(({ queueId, name }) => ({ queueId, name })) ?? [];
  const callLabels = Object.fromEntries(
    calls.map((call) => [
      call.id,
      `${call.caller ?? 'Withheld'}${call.queue ? ` · ${call.queue.name}` : ''}`,
    ]),
  );
  return (
    <main className={styles.main} aria-label="Supervisor dashboard" data-ready={snapshot ? 'true' : 'false'}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          Contact center floor
        </Text>
        <Text size={200} className={styles.muted} role="status">
          {connected ? 'Live' : 'Reconnecting…'}
        </Text>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label="Views"
      >
        <Tab value="floor">Floor</Tab>
        <Tab value="intraday">Intraday</Tab>
        <Tab value="report">Report</Tab>
      </TabList>
      {(problem ?? callsProblem) && <MessageBar intent="error">{problem ?? callsProblem}</MessageBar>}
      {!snapshot ? (
        <Spinner label="Loading the floor…" />
      ) : view === 'floor' ? (
        <>
          <QueueTiles queues={snapshot.queues} now={now} />
          <WaitingCalls
            calls={calls}
            queues={queues}
            now={now}
            onMove={(id, queueId) => act(api.moveInteraction(id, queueId))}
            onPriority={(id, priority) => act(api.setPriority(id, priority))}
          />
          <AgentGrid
            agents={snapshot.agents}
            queues={queues}
            now={now}
            asOf={snapshot.asOf}
            callLabels={callLabels}
            onAvailable={(id) => void act(api.setAgentStatus(id, 'available'))}
            onNotReady={(id) => void act(api.setAgentStatus(id, 'notReady', 'Set by supervisor'))}
            onSignOut={(id) => void act(api.signOut(id))}
          />
        </>
      ) : (
        <Suspense fallback={<Spinner label="Loading…" />}>
          {view === 'intraday' ? (
            <IntradayView api={api} queues={queues} version={snapshot.asOf} />
          ) : (
            <ReportView api={api} queues={queues} />
          )}
        </Suspense>
      )}
    </main>
  );
}

/** The supervisor dashboard tab: the same frame, theme and sign-in as the agent tab. */
export function SupervisorTab() {
  return <TabFrame title="Switchboard supervisor">{(session) => <Dashboard session={session} />}</TabFrame>;
}
