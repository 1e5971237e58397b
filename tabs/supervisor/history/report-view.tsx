import {
  Button,
  MessageBar,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { localDate } from '../floor/use-calls-now';
import type { QueueReport, ReportQuery, ReportRow } from '../supervisor.types';
import type { SupervisorApi } from '../supervisor-api';
import { ReportForm } from './report-form';
import { saveFile } from './save-file';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', width: '100%' },
  cell: {
    textAlign: 'end',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
  },
  first: { textAlign: 'start' },
  caption: { textAlign: 'start', paddingBlock: tokens.spacingVerticalS },
  short: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);
const sec = (value: number | null) => (value === null ? '—' : `${Math.round(value)} s`);
const COLUMNS = [
  'Interval',
  'Offered',
  'Answered',
  'Abandoned',
  'Service level',
  'ASA',
  'AHT',
  'Abandon rate',
  'Agents needed (Erlang C)',
  'Agents staffed',
];

function interval(row: ReportRow, size: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    size === 'day' || size === 'range'
      ? { dateStyle: 'medium', timeZone }
      : { dateStyle: 'short', timeStyle: 'short', timeZone };
  return new Intl.DateTimeFormat(undefined, options).format(new Date(row.start));
}

/** One queue's table: each interval, then the total; staffing short of Erlang C is said, not only coloured. */
function QueueTable({ queue, report }: { queue: QueueReport['queues'][number]; report: QueueReport }) {
  const styles = useStyles();
  const rows = [
    ...queue.intervals.map((row) => ({ row, label: interval(row, report.size, report.timeZone) })),
  ];
  if (report.size !== 'range') rows.push({ row: queue.total, label: 'Total' });
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={`${queue.name} report`}>
        <caption className={styles.caption}>
          <Text weight="semibold">{queue.name}</Text> (target {Math.round(queue.targetServiceLevel * 100)} %)
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c, i) => (
              <th key={c} scope="col" className={mergeClasses(styles.cell, i === 0 && styles.first)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, label }) => {
            const short = row.agentsNeeded !== null && row.agentsStaffed < row.agentsNeeded;
            return (
              <tr key={`${label}-${row.start}`}>
                <th scope="row" className={mergeClasses(styles.cell, styles.first)}>
                  {label}
                </th>
                <td className={styles.cell}>{row.offered}</td>
                <td className={styles.cell}>{row.answered}</td>
                <td className={styles.cell}>{row.abandoned}</td>
                <td className={styles.cell}>{pct(row.serviceLevel)}</td>
                <td className={styles.cell}>{sec(row.asaSeconds)}</td>
                <td className={styles.cell}>{sec(row.ahtSeconds)}</td>
                <td className={styles.cell}>{pct(row.abandonRate)}</td>
                <td className={styles.cell}>{row.agentsNeeded ?? '—'}</td>
                <td className={mergeClasses(styles.cell, short && styles.short)}>
                  {row.agentsStaffed.toFixed(1)}
                  {short ? ' (short)' : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The historical report: the form, a table per queue with Erlang C beside staffed, and the CSV exports. */
export default function ReportView({
  api,
  queues,
}: {
  api: SupervisorApi;
  queues: { queueId: string; name: string }[];
}) {
  const styles = useStyles();
  const [query, setQuery] = useState<ReportQuery>();
  const [report, setReport] = useState<QueueReport>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const fail = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
  const show = (next: ReportQuery) => {
    setQuery(next);
    setBusy(true);
    setProblem(undefined);
    api
      .report(next)
      .then(setReport, fail)
      .finally(() => setBusy(false));
  };
  const download = (kind: 'report' | 'interactions') => {
    if (!query) return;
    api.csv(kind, query).then(({ blob, fileName }) => saveFile(blob, fileName), fail);
  };
  const today = localDate();
  return (
    <section className={styles.view} aria-label="Historical report">
      <ReportForm queues={queues} initial={{ from: today, to: today }} busy={busy} onSubmit={show} />
      {problem && <MessageBar intent="error">{problem}</MessageBar>}
      {busy && <Spinner size="small" label="Loading the report…" />}
      {report && query && (
        <>
          <div className={styles.exports}>
            <Button onClick={() => download('report')}>Export report (CSV)</Button>
            <Button onClick={() => download('interactions')}>Export interactions (CSV)</Button>
          </div>
          {report.queues.map((queue) => (
            <QueueTable key={queue.queueId} queue={queue} report={report} />
          ))}
        </>
      )}
    </section>
  );
}
