import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AgentRow } from '../../shared';

export interface AgentGridProps {
  agents: AgentRow[];
  /** The queues to filter by, as the tiles name them. */
  queues: { queueId: string; name: string }[];
  now: number;
  /** When the snapshot was taken: time in state counts on from it. */
  asOf: string;
  /** What to call an interaction by (caller and queue), when the tab knows it. */
  callLabels?: Record<string, string>;
  onAvailable(agentId: string): void;
  onNotReady(agentId: string): void;
  onSignOut(agentId: string): void;
}

const STATES: Record<string, string> = {
  offline: 'Offline',
  available: 'Available',
  reserved: 'Ringing',
  busy: 'On a call',
  wrapUp: 'Wrap-up',
  notReady: 'Not ready',
};

const COLUMNS = ['Agent', 'State', 'Time in state', 'Current call', 'Handled', 'Missed', 'Actions'];

/** Under this width each agent is a card of labelled lines, so a phone never scrolls sideways. */
const NARROW = '@media (max-width: 640px)';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontVariantNumeric: 'tabular-nums',
    [NARROW]: { display: 'block' },
  },
  head: { [NARROW]: { display: 'none' } },
  body: { [NARROW]: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } },
  row: {
    [NARROW]: {
      display: 'block',
      padding: tokens.spacingVerticalS,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  cell: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      display: 'flex',
      justifyContent: 'space-between',
      gap: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXXS} 0`,
      borderBottom: 'none',
      overflowWrap: 'anywhere',
      '::before': { content: 'attr(data-label)', color: tokens.colorNeutralForeground3 },
    },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

function elapsed(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
}

/** The agents of one queue (every agent when `queueId` is empty), by membership. */
export function agentsInQueue(agents: AgentRow[], queueId: string): AgentRow[] {
  return queueId ? agents.filter((agent) => agent.queues.includes(queueId)) : agents;
}

/**
 * The agent grid: state and time in it, the current call, handled and missed today, and the supervisor's
 * actions; filtered by queue. A table on wide screens, one card per agent on a phone.
 */
export function AgentGrid(props: AgentGridProps) {
  const { agents, queues, now, asOf, callLabels = {}, onAvailable, onNotReady, onSignOut } = props;
  const styles = useStyles();
  const [queueId, setQueueId] = useState('');
  const drift = Math.max(0, (now - Date.parse(asOf)) / 1000);
  const shown = agentsInQueue(agents, queueId);
  return (
    <section className={styles.section} aria-labelledby="agents-heading">
      <div className={styles.toolbar}>
        <Text as="h2" size={400} weight="semibold" id="agents-heading">
          Agents
        </Text>
        <Field label="Queue">
          <Select value={queueId} onChange={(_, data) => setQueueId(data.value)}>
            <option value="">All queues</option>
            {queues.map((queue) => (
              <option key={queue.queueId} value={queue.queueId}>
                {queue.name}
              </option>
            ))}
          </Select>
        </Field>
        <Text size={200} role="status">
          {shown.length} of {agents.length} agents
        </Text>
      </div>
      <table className={styles.table} aria-label="Agents">
        <thead className={styles.head}>
          <tr>
            {COLUMNS.map((h) => (
              <th key={h} scope="col" className={styles.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={styles.body}>
          {shown.map((agent) => (
            <tr key={agent.agentId} className={styles.row}>
              <th scope="row" className={styles.cell}>
                <Text weight="semibold">{agent.name}</Text>
              </th>
              <td className={styles.cell} data-label="State">
                {STATES[agent.status] ?? agent.status}
                {agent.reason ? ` (${agent.reason})` : ''}
              </td>
              <td className={styles.cell} data-label="Time in state">
                {agent.secondsInState === null ? '—' : elapsed(agent.secondsInState + drift)}
              </td>
              <td className={styles.cell} data-label="Current call">
                {agent.interactionId
                  ? (callLabels[agent.interactionId] ?? `Call ${agent.interactionId.slice(0, 8)}`)
                  : '—'}
              </td>
              <td className={styles.cell} data-label="Handled">
                {agent.handledToday}
              </td>
              <td className={styles.cell} data-label="Missed">
                {agent.missedToday}
              </td>
              <td className={styles.cell} data-label="Actions">
                <span className={styles.actions}>
                  {agent.status === 'notReady' && (
                    <Button
                      size="small"
                      onClick={() => onAvailable(agent.agentId)}
                      aria-label={`Make ${agent.name} available`}
                    >
                      Make available
                    </Button>
                  )}
                  {agent.status === 'available' && (
                    <Button
                      size="small"
                      onClick={() => onNotReady(agent.agentId)}
                      aria-label={`Set ${agent.name} not ready`}
                    >
                      Not ready
                    </Button>
                  )}
                  {agent.status !== 'offline' && (
                    <Button
                      size="small"
                      onClick={() => onSignOut(agent.agentId)}
                      aria-label={`Sign ${agent.name} out`}
                    >
                      Sign out
                    </Button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
