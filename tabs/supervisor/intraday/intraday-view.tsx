import { GroupedVerticalBarChart, LineChart } from '@fluentui/react-charts';
import {
  Field,
  Input,
  MessageBar,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { localDate } from '../floor/use-calls-now';
import type { Intraday } from '../supervisor.types';
import type { SupervisorApi } from '../supervisor-api';
import { activeIntervals, intervalLabel } from './intraday-series';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  chart: { width: '100%', minWidth: 0 },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, textAlign: 'end' },
});

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

/**
 * Today (or a chosen day) per 15 minutes: offered, answered and abandoned as bars, service level as a line,
 * and the same figures as a table for screen readers. Loaded on demand: the charts stay out of the initial
 * JS. `version` (the floor's snapshot) refreshes today's figures as calls come and go.
 */
export default function IntradayView({
  api,
  queues,
  version,
}: {
  api: SupervisorApi;
  queues: { queueId: string; name: string }[];
  version?: string;
}) {
  const styles = useStyles();
  const [queueId, setQueueId] = useState('');
  const [date, setDate] = useState(localDate());
  const [day, setDay] = useState<Intraday>();
  const [problem, setProblem] = useState<string>();
  const live = date === localDate();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new snapshot matters only for today
  useEffect(() => {
    let current = true;
    api.intraday({ queueId: queueId || undefined, date }).then(
      (next) => {
        if (!current) return;
        setDay(next);
        setProblem(undefined);
      },
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [api, queueId, date, live ? version : undefined]);
  const intervals = day ? activeIntervals(day.intervals) : [];
  const label = (start: string) => intervalLabel(start, day?.timeZone ?? 'UTC');
  return (
    <section className={styles.view} aria-label="Intraday">
      <div className={styles.filters}>
        <Field label="Queue">
          <Select value={queueId} onChange={(_, data) => setQueueId(data.value)}>
            <option value="">All queues</option>
            {queues.map((q) => (
              <option key={q.queueId} value={q.queueId}>
                {q.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Day">
          <Input type="date" value={date} onChange={(_, data) => data.value && setDate(data.value)} />
        </Field>
      </div>
      {problem && <MessageBar intent="error">{problem}</MessageBar>}
      {!day ? (
        <Spinner size="small" label="Loading the day…" />
      ) : intervals.length === 0 ? (
        <Text>No calls on {day.date}.</Text>
      ) : (
        <>
          <div className={styles.chart}>
            <Text as="h2" size={400} weight="semibold">
              Calls per 15 minutes
            </Text>
            <GroupedVerticalBarChart
              chartTitle="Calls per 15 minutes"
              height={260}
              data={intervals.map((i) => ({
                name: label(i.start),
                series: [
                  { key: 'offered', legend: 'Offered', data: i.offered },
                  { key: 'answered', legend: 'Answered', data: i.answered },
                  { key: 'abandoned', legend: 'Abandoned', data: i.abandoned },
                ],
              }))}
            />
          </div>
          <div className={styles.chart}>
            <Text as="h2" size={400} weight="semibold">
              Service level per 15 minutes (%)
            </Text>
            <LineChart
              height={220}
              yMaxValue={100}
              customDateTimeFormatter={(at) => label(at.toISOString())}
              yMinValue={0}
              data={{
                chartTitle: 'Service level per 15 minutes (%)',
                lineChartData: [
                  {
                    legend: 'Service level',
                    data: intervals
                      .filter((i) => i.serviceLevel !== null)
                      .map((i) => ({ x: new Date(i.start), y: Math.round((i.serviceLevel ?? 0) * 100) })),
                  },
                ],
              }}
            />
          </div>
          <details className={styles.scroll}>
            <summary>The figures as a table</summary>
            <table className={styles.table} aria-label="Intraday figures">
              <thead>
                <tr>
                  {['Interval', 'Offered', 'Answered', 'Abandoned', 'Service level'].map((h) => (
                    <th key={h} scope="col" className={styles.cell}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {intervals.map((i) => (
                  <tr key={i.start}>
                    <th scope="row" className={styles.cell}>
                      {label(i.start)}
                    </th>
                    <td className={styles.cell}>{i.offered}</td>
                    <td className={styles.cell}>{i.answered}</td>
                    <td className={styles.cell}>{i.abandoned}</td>
                    <td className={styles.cell}>{pct(i.serviceLevel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
