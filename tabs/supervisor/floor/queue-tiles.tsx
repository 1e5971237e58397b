import { Badge, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { QueueTile } from '../../shared';
import { type FigureStatus, type Level, longestWaitNow, tileStatus } from './tile-status';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  // The tile's edge (Griffel flips it in right-to-left) shows its worst figure; the badge says the same in words.
  ok: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorStatusSuccessBorder1,
  },
  warning: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorStatusWarningBorder1,
  },
  danger: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorStatusDangerBorder1,
  },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  valueWarning: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
  valueDanger: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);
const seconds = (value: number | null) => (value === null ? '—' : `${Math.round(value)} s`);
const levelWords: Record<Level, string> = { ok: '', warning: 'near', danger: 'past' };

/** A figure coloured by its standing, with its threshold and standing in words beneath. */
function Figure({
  label,
  status,
  testId,
  children,
}: {
  label: string;
  status?: FigureStatus;
  testId?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const level = status?.level ?? 'ok';
  return (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd
        className={mergeClasses(
          styles.value,
          level === 'warning' && styles.valueWarning,
          level === 'danger' && styles.valueDanger,
        )}
        data-level={level}
      >
        <span data-testid={testId}>{children}</span>
        {status?.note && (
          <span className={styles.note}>
            {level === 'ok' ? status.note : `${levelWords[level]} ${status.note}`}
          </span>
        )}
      </dd>
    </>
  );
}

/** One live tile per queue: who waits and for how long, today's service, and the agents by state. */
export function QueueTiles({ queues, now }: { queues: QueueTile[]; now?: number }) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label="Queues">
      {queues.map((tile) => {
        const status = tileStatus(tile, now);
        return (
          <li key={tile.queueId}>
            <Card
              role="group"
              aria-label={`${tile.name} queue`}
              className={styles[status.level]}
              data-level={status.level}
            >
              <div className={styles.header}>
                <Text as="h2" size={400} weight="semibold">
                  {tile.name}
                </Text>
                {status.alerts.length > 0 ? (
                  <Badge color="danger" appearance="filled">
                    {status.alerts.join(', ')}
                  </Badge>
                ) : status.level === 'warning' ? (
                  <Badge color="warning" appearance="tint">
                    Near a threshold
                  </Badge>
                ) : (
                  <Badge color="success" appearance="tint">
                    On target
                  </Badge>
                )}
              </div>
              <dl className={styles.figures}>
                <Figure label="Waiting" status={status.waiting} testId={`waiting-${tile.queueId}`}>
                  {tile.waiting}
                </Figure>
                <Figure label="Longest wait" status={status.longestWait} testId={`longest-${tile.queueId}`}>
                  {longestWaitNow(tile, now)} s
                </Figure>
                <Figure label="Service level today" status={status.serviceLevel}>
                  {percent(tile.today.serviceLevel)}
                </Figure>
                <Figure label="Average answer">{seconds(tile.today.asaSeconds)}</Figure>
                <Figure label="Offered today" testId={`offered-${tile.queueId}`}>
                  {tile.today.offered}
                </Figure>
                <Figure label="Abandoned" testId={`abandoned-${tile.queueId}`}>
                  {tile.today.abandoned} ({percent(tile.today.abandonRate)})
                </Figure>
                <Figure label="Short abandons" testId={`short-${tile.queueId}`}>
                  {tile.today.shortAbandoned}
                </Figure>
                <Figure label="Agents">
                  {tile.agents.available} available · {tile.agents.busy} busy · {tile.agents.wrapUp} wrap-up ·{' '}
                  {tile.agents.notReady} not ready
                </Figure>
              </dl>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
