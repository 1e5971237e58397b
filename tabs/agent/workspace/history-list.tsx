import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { InteractionSummary } from '../../shared';
import { formatCaller, formatDuration, formatTime } from './format';
import { callbackWaiting, taskOf } from './task-fields';

export interface HistoryListProps {
  today: InteractionSummary[];
  codes: { id: string; name: string }[];
  /** Starts a waiting callback now; offered on callbacks still waiting. */
  onCallBack?(id: string): Promise<void>;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How an interaction ended, in words: its disposition once wrapped up, else where it stands. */
function outcome(item: InteractionSummary, codes: HistoryListProps['codes']): string {
  if (item.disposition) return codes.find((c) => c.id === item.disposition)?.name ?? item.disposition;
  const task = taskOf(item);
  if (task.callback && item.state !== 'ended') return `Callback to ${task.callback.number}`;
  if (task.channel === 'voicemail' && item.state !== 'ended') return 'Voicemail';
  if (item.state !== 'ended') return 'In progress';
  return item.connectedAt ? 'Not wrapped up' : 'Missed';
}

/** Today's calls offered to the agent, newest first: when, who, which queue, how long, how it ended. */
export function HistoryList({ today, codes, onCallBack }: HistoryListProps) {
  const styles = useStyles();
  if (today.length === 0) return <Text className={styles.muted}>No calls yet today.</Text>;
  return (
    <ul className={styles.list} aria-label="Today's calls" data-testid="history">
      {today.map((item) => {
        const talk =
          item.connectedAt && item.endedAt
            ? Date.parse(item.endedAt) - Date.parse(item.connectedAt)
            : undefined;
        return (
          <li key={item.id} className={styles.item}>
            <span>
              <Text weight="semibold">{formatCaller(item.caller)}</Text>{' '}
              <Text className={styles.muted}>
                {formatTime(item.arrivedAt)} · {item.queue?.name ?? 'No queue'}
                {talk !== undefined ? ` · ${formatDuration(talk)}` : ''}
              </Text>
            </span>
            <Text>{outcome(item, codes)}</Text>
            {onCallBack && callbackWaiting(item) && (
              <Button size="small" onClick={() => void onCallBack(item.id)}>
                Call back now
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
