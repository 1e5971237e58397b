import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { InteractionSummary } from '../../shared';

export interface WaitingCallsProps {
  /** Recent calls; those waiting in a queue are listed. */
  calls: InteractionSummary[];
  queues: { queueId: string; name: string }[];
  now: number;
  onMove(interactionId: string, queueId: string): Promise<void>;
  onPriority(interactionId: string, priority: number): Promise<void>;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flexGrow: 1, minWidth: '10rem', display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  control: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalXS },
});

/** The calls waiting in a queue, longest waiting first. */
export function waitingNow(calls: InteractionSummary[]): InteractionSummary[] {
  return calls
    .filter((call) => call.state === 'queued' && call.queue)
    .sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt));
}

function WaitingCall({
  call,
  queues,
  now,
  onMove,
  onPriority,
}: { call: InteractionSummary } & WaitingCallsProps) {
  const styles = useStyles();
  const others = queues.filter((queue) => queue.queueId !== call.queue?.id);
  const [target, setTarget] = useState(others[0]?.queueId ?? '');
  const [priority, setPriority] = useState('1');
  const [working, setWorking] = useState(false);
  const caller = call.caller ?? 'Withheld number';
  const waited = Math.max(0, Math.round((now - Date.parse(call.arrivedAt)) / 1000));
  const run = (action: Promise<void>) => {
    setWorking(true);
    void action.finally(() => setWorking(false));
  };
  return (
    <li className={styles.item} aria-label={`${caller} waiting in ${call.queue?.name}`}>
      <span className={styles.who}>
        <Text weight="semibold">{caller}</Text>
        <Text size={200} className={styles.muted}>
          {call.queue?.name} · in the contact center {Math.floor(waited / 60)} min {waited % 60} s
        </Text>
      </span>
      {others.length > 0 && (
        <span className={styles.control}>
          <Field label="Move to">
            <Select value={target} onChange={(_, data) => setTarget(data.value)}>
              {others.map((queue) => (
                <option key={queue.queueId} value={queue.queueId}>
                  {queue.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={working || !target} onClick={() => run(onMove(call.id, target))}>
            Move
          </Button>
        </span>
      )}
      <span className={styles.control}>
        <Field label="Priority">
          <Select value={priority} onChange={(_, data) => setPriority(data.value)}>
            {['1', '2', '3', '4', '5'].map((p) => (
              <option key={p} value={p}>
                {p === '1' ? '1 (first)' : p}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={working} onClick={() => run(onPriority(call.id, Number(priority)))}>
          Set priority
        </Button>
      </span>
    </li>
  );
}

/** The waiting calls, with the supervisor's actions on each: move to another queue, set the priority. */
export function WaitingCalls(props: WaitingCallsProps) {
  const styles = useStyles();
  const waiting = waitingNow(props.calls);
  return (
    <section className={styles.section} aria-labelledby="waiting-heading">
      <Text as="h2" size={400} weight="semibold" id="waiting-heading">
        Waiting calls
      </Text>
      {waiting.length === 0 ? (
        <Text className={styles.muted}>No call is waiting.</Text>
      ) : (
        <ul className={styles.list} aria-label="Waiting calls">
          {waiting.map((call) => (
            <WaitingCall key={call.id} call={call} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}
