import {
  Button,
  Card,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { InteractionSummary } from '../../shared';
import { formatCaller, formatDuration } from './format';

export interface WrapUpFormProps {
  interaction: InteractionSummary;
  codes: { id: string; name: string }[];
  /** When the wrap-up time ends (ms since the epoch), if the queue has one. */
  endsAt?: number;
  now: number;
  onSubmit(disposition: string, notes?: string): Promise<void>;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  countdown: { fontVariantNumeric: 'tabular-nums' },
});

/** After the call: a disposition (required) and notes, before the wrap-up timer makes the agent available. */
export function WrapUpForm({ interaction, codes, endsAt, now, onSubmit }: WrapUpFormProps) {
  const styles = useStyles();
  const [disposition, setDisposition] = useState('');
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  return (
    <Card role="region" aria-labelledby="wrap-up-title">
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!disposition) return setMissing(true);
          setSending(true);
          void onSubmit(disposition, notes.trim() || undefined).finally(() => setSending(false));
        }}
      >
        <Text as="h2" id="wrap-up-title" size={400} weight="semibold">
          Wrap up the call with {formatCaller(interaction.caller)}
        </Text>
        {endsAt !== undefined && (
          <Text role="timer" aria-label="Wrap-up time left" className={styles.countdown}>
            {formatDuration(endsAt - now)} left
          </Text>
        )}
        <Field
          label="Disposition"
          required
          validationState={missing ? 'error' : 'none'}
          validationMessage={missing ? 'Choose a disposition' : undefined}
        >
          <RadioGroup
            value={disposition}
            onChange={(_, data) => {
              setDisposition(data.value);
              setMissing(false);
            }}
          >
            {codes.map((code) => (
              <Radio key={code.id} value={code.id} label={code.name} />
            ))}
          </RadioGroup>
        </Field>
        <Field label="Wrap-up notes">
          <Textarea
            value={notes}
            onChange={(_, data) => setNotes(data.value)}
            resize="vertical"
            maxLength={4000}
          />
        </Field>
        <Button appearance="primary" type="submit" disabled={sending}>
          Finish wrap-up
        </Button>
      </form>
    </Card>
  );
}
