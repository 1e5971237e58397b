import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { InteractionSummary } from '../../shared';
import { formatCaller, formatTime } from './format';

export interface VoicemailCardProps {
  interaction: InteractionSummary;
  /** The recording as audio; fetched with the agent's token, as an audio element cannot send one. */
  loadRecording(id: string): Promise<Blob>;
}

const useStyles = makeStyles({
  audio: { width: '100%', marginTop: tokens.spacingVerticalS },
});

/** A voicemail given to the agent as a task: who left it, when, and the message to play. */
export function VoicemailCard({ interaction, loadRecording }: VoicemailCardProps) {
  const styles = useStyles();
  const [audio, setAudio] = useState<{ url?: string; error?: string; loading?: boolean }>({});
  useEffect(
    () => () => {
      if (audio.url) URL.revokeObjectURL(audio.url);
    },
    [audio.url],
  );
  const play = () => {
    setAudio({ loading: true });
    loadRecording(interaction.id).then(
      (blob) => setAudio({ url: URL.createObjectURL(blob) }),
      (error: unknown) => setAudio({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <Card role="region" aria-labelledby="voicemail-title">
      <Text as="h2" block id="voicemail-title" size={400} weight="semibold">
        Voicemail from {formatCaller(interaction.caller)}
      </Text>
      <Text>
        Left {formatTime(interaction.arrivedAt)}
        {interaction.queue ? ` for ${interaction.queue.name}` : ''}. Wrap it up below when done.
      </Text>
      {audio.url ? (
        // biome-ignore lint/a11y/useMediaCaption: a caller's recorded message has no captions to give
        <audio className={styles.audio} src={audio.url} controls autoPlay aria-label="Voicemail message" />
      ) : (
        <Button onClick={play} disabled={audio.loading}>
          {audio.loading ? 'Loading…' : 'Play voicemail'}
        </Button>
      )}
      {audio.error && <Text role="alert">The message could not be played: {audio.error}</Text>}
    </Card>
  );
}
