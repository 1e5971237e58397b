import { makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../../shared';

export interface QueueListProps {
  queues: Me['queues'];
  onChange(queueId: string, signedIn: boolean): Promise<void>;
}

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  waiting: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

/** The agent's queues: a switch to opt in or out of each, and how many callers wait in it. */
export function QueueList({ queues, onChange }: QueueListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {queues.map((queue) => (
        <li key={queue.id} className={styles.item}>
          <Switch
            checked={queue.signedIn}
            label={queue.name}
            onChange={(_, data) => void onChange(queue.id, data.checked)}
          />
          <Text className={styles.waiting}>{queue.waiting} waiting</Text>
        </li>
      ))}
    </ul>
  );
}
