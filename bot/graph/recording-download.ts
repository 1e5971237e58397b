import { GraphError, reasonOfStatus } from './graph-error';

/** Graph caps a recordResponse at 2 minutes: 16 kHz mono 16-bit is under 4 MB; more is not a recording. */
const MAX_RECORDING_BYTES = 8 * 1024 * 1024;

/**
 * Downloads a recordResponse's audio: `GET {recordingLocation}` with `Authorization: Bearer
 * {recordingAccessToken}`. The location is not on the Graph API and the token is not the app's, so this is a
 * plain request; failures are {@link GraphError}s so the outbox retries them within Graph's rules.
 */
export async function downloadRecording(location: string, token: string, tenantId = ''): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(location, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (cause) {
    throw new GraphError({
      reason: 'network',
      status: 0,
      code: 'recordingUnreachable',
      message: `the recording at ${location} could not be fetched`,
      tenantId,
      cause,
    });
  }
  if (!response.ok) {
    throw new GraphError({
      reason: reasonOfStatus(response.status),
      status: response.status,
      code: 'recordingDownloadFailed',
      message: `downloading the recording answered ${response.status}`,
      tenantId,
    });
  }
  const audio = new Uint8Array(await response.arrayBuffer());
  if (audio.byteLength > MAX_RECORDING_BYTES) {
    throw new GraphError({
      reason: 'badRequest',
      status: 413,
      code: 'recordingTooLarge',
      message: `the recording is ${audio.byteLength} bytes; at most ${MAX_RECORDING_BYTES} are kept`,
      tenantId,
    });
  }
  return audio;
}
