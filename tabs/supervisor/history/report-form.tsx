import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { REPORT_SIZES, type ReportQuery } from '../supervisor.types';

export interface ReportFormProps {
  queues: { queueId: string; name: string }[];
  /** The first dates shown (today, say). */
  initial: { from: string; to: string };
  busy?: boolean;
  onSubmit(query: ReportQuery): void;
}

const SIZE_NAMES: Record<ReportQuery['size'], string> = {
  '15': '15 minutes',
  '30': '30 minutes',
  '60': 'Hour',
  day: 'Day',
  range: 'Whole range',
};

/** The API's own limit on a report's span, checked here first so the form can say which field is wrong. */
const MAX_DAYS = 93;

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  queues: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** What is wrong with the dates, per field; empty when they can be asked for. */
export function checkDates(from: string, to: string): { from?: string; to?: string } {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(from)) return { from: 'Enter a start date' };
  if (!date.test(to)) return { to: 'Enter an end date' };
  if (to < from) return { to: 'The end date is before the start date' };
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS)
    return { to: `A report covers at most ${MAX_DAYS} days` };
  return {};
}

/** Asks for a historical report: local dates (inclusive), the queues (none ticked = all) and the interval. */
export function ReportForm({ queues, initial, busy, onSubmit }: ReportFormProps) {
  const styles = useStyles();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [picked, setPicked] = useState<string[]>([]);
  const [size, setSize] = useState<ReportQuery['size']>('day');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDates(from, to);
    setErrors(found);
    if (found.from || found.to) return;
    onSubmit({ from, to, queues: queues.map((q) => q.queueId).filter((id) => picked.includes(id)), size });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Report" noValidate>
      <Field label="From" validationMessage={errors.from}>
        <Input type="date" value={from} onChange={(_, data) => setFrom(data.value)} />
      </Field>
      <Field label="To" validationMessage={errors.to}>
        <Input type="date" value={to} onChange={(_, data) => setTo(data.value)} />
      </Field>
      <Field label="Interval">
        <Select value={size} onChange={(_, data) => setSize(data.value as ReportQuery['size'])}>
          {REPORT_SIZES.map((s) => (
            <option key={s} value={s}>
              {SIZE_NAMES[s]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.queues}>
        <legend>Queues (none ticked: all)</legend>
        {queues.map((queue) => (
          <Checkbox
            key={queue.queueId}
            label={queue.name}
            checked={picked.includes(queue.queueId)}
            onChange={(_, data) =>
              setPicked((now) =>
                data.checked ? [...now, queue.queueId] : now.filter((id) => id !== queue.queueId),
              )
            }
          />
        ))}
      </fieldset>
      <Button type="submit" appearance="primary" disabled={busy}>
        Show report
      </Button>
    </form>
  );
}
