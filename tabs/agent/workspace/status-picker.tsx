import { Badge, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../../shared';
import { formatDuration, STATUS_LABELS } from './format';

export interface StatusPickerProps {
  me: Me;
  now: number;
  onChange(status: 'available' | 'notReady' | 'offline', reason?: string): Promise<void>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalL },
  state: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  timer: { fontVariantNumeric: 'tabular-nums' },
});

const BADGE_COLOURS: Record<string, 'success' | 'warning' | 'danger' | 'informative' | 'subtle'> = {
  available: 'success',
  notReady: 'warning',
  offline: 'subtle',
  reserved: 'danger',
  busy: 'danger',
  wrapUp: 'informative',
};

/** The value of the status choice: `available`, `offline`, or `notReady:<reason>`. */
function choiceOf(me: Me): string {
  if (me.status === 'notReady') return `notReady:${me.reason ?? ''}`;
  return me.status === 'available' || me.status === 'offline' ? me.status : '';
}

/**
 * The agent's status and time in it, and the choice of available, not ready (with a reason) or offline.
 * A native select: one keyboard stop, read well by screen readers, fits 360 px. Locked while on a call.
 */
export function StatusPicker({ me, now, onChange }: StatusPickerProps) {
  const styles = useStyles();
  const working = me.status === 'reserved' || me.status === 'busy' || me.status === 'wrapUp';
  const reasons =
    me.status === 'notReady' && me.reason && !me.notReadyReasons.includes(me.reason)
      ? [...me.notReadyReasons, me.reason]
      : me.notReadyReasons;
  return (
    <div className={styles.root}>
      <div className={styles.state}>
        <Badge
          color={BADGE_COLOURS[me.status] ?? 'subtle'}
          appearance="filled"
          aria-hidden="true"
          size="small"
        />
        <Text weight="semibold" data-testid="agent-status">
          {STATUS_LABELS[me.status] ?? me.status}
          {me.status === 'notReady' && me.reason ? ` (${me.reason})` : ''}
        </Text>
        <Text className={styles.timer} aria-label="Time in status">
          {formatDuration(now - Date.parse(me.since))}
        </Text>
      </div>
      <Field label="Your status" hint={working ? 'You can change it after the call' : undefined}>
        <Select
          value={choiceOf(me)}
          disabled={working}
          onChange={(_, data) => {
            const [status, reason] = data.value.split(':') as [string, string | undefined];
            if (status === 'notReady') void onChange('notReady', reason);
            else if (status === 'available' || status === 'offline') void onChange(status);
          }}
        >
          {working && <option value="">{STATUS_LABELS[me.status]}</option>}
          <option value="available">Available</option>
          {reasons.map((reason) => (
            <option key={reason} value={`notReady:${reason}`}>
              Not ready: {reason}
            </option>
          ))}
          <option value="offline">Offline</option>
        </Select>
      </Field>
    </div>
  );
}
