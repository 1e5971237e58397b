import { Button, Card, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { InteractionDetail, InteractionSummary } from '../../shared';
import { formatCaller, formatDuration } from './format';

export interface CallPanelProps {
  interaction: InteractionSummary;
  detail?: InteractionDetail;
  now: number;
  onNote(text: string): Promise<void>;
}

const useStyles = makeStyles({
  timer: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontVariantNumeric: 'tabular-nums',
  },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The connected call: who, how long so far, and notes taken during it. Teams carries the call controls. */
export function CallPanel({ interaction, detail, now, onNote }: CallPanelProps) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const since = interaction.connectedAt ? Date.parse(interaction.connectedAt) : now;
  const ended = interaction.endedAt !== null;
  return (
    <Card role="region" aria-labelledby="call-title">
      <Text as="h2" id="call-title" size={400} weight="semibold">
        {ended ? 'Call ended' : 'On a call'} with {formatCaller(interaction.caller)}
        {interaction.queue ? ` (${interaction.queue.name})` : ''}
      </Text>
      <Text role="timer" aria-label="Call time" className={styles.timer}>
        {formatDuration((ended ? Date.parse(interaction.endedAt!) : now) - since)}
      </Text>
      <form
        className={styles.notes}
        onSubmit={(event) => {
          event.preventDefault();
          const text = note.trim();
          if (text) void onNote(text).then(() => setNote(''));
        }}
      >
        <Field label="Note">
          <Textarea
            value={note}
            onChange={(_, data) => setNote(data.value)}
            resize="vertical"
            maxLength={4000}
          />
        </Field>
        <Button type="submit" disabled={note.trim() === ''}>
          Add note
        </Button>
      </form>
      {detail && detail.notes.length > 0 && (
        <ul className={styles.list} aria-label="Notes">
          {detail.notes.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
