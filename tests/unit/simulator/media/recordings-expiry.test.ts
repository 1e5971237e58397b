import { createClock } from '../../../../simulator/clock';
import type { SimRequest } from '../../../../simulator/http/types';
import { createRecordings, type Recording } from '../../../../simulator/media';

const clock = createClock(1000);

async function download(recordings: ReturnType<typeof createRecordings>, recording: Recording) {
  const [, , route] = recordings.routes[0]!;
  const req: SimRequest = {
    method: 'GET',
    path: new URL(recording.recordingLocation).pathname,
    query: new URLSearchParams(),
    headers: { authorization: `Bearer ${recording.recordingAccessToken}` },
    body: undefined,
  };
  return route(req, { id: recording.id });
}

describe('recordings after the call ends', () => {
  it('stays downloadable until the default grace period (minutes) has passed', async () => {
    const recordings = createRecordings({ baseUrl: () => 'http://sim', clock });
    const recording = recordings.create({ durationMs: 1000 });
    recordings.expire(recording.id);
    await clock.sleep(60_000);
    await expect(download(recordings, recording)).resolves.toMatchObject({ status: 200 });
    await clock.sleep(3 * 60_000);
    await expect(download(recordings, recording)).resolves.toMatchObject({ status: 404 });
  });

  it('is gone after the grace period it was given', async () => {
    const recordings = createRecordings({ baseUrl: () => 'http://sim', clock, graceMs: 10_000 });
    const recording = recordings.create({ durationMs: 1000 });
    recordings.expire(recording.id);
    await expect(download(recordings, recording)).resolves.toMatchObject({ status: 200 });
    await clock.sleep(15_000);
    await expect(download(recordings, recording)).resolves.toMatchObject({ status: 404 });
  });

  it('keeps the first deadline when expire is called again', async () => {
    const recordings = createRecordings({ baseUrl: () => 'http://sim', clock, graceMs: 10_000 });
    const recording = recordings.create({ durationMs: 1000 });
    recordings.expire(recording.id);
    await clock.sleep(8_000);
    recordings.expire(recording.id);
    await clock.sleep(5_000);
    await expect(download(recordings, recording)).resolves.toMatchObject({ status: 404 });
  });

  it('keeps recordings of calls that have not ended', async () => {
    const recordings = createRecordings({ baseUrl: () => 'http://sim', clock, graceMs: 10_000 });
    const ended = recordings.create({ durationMs: 1000 });
    const live = recordings.create({ durationMs: 1000 });
    recordings.expire(ended.id);
    recordings.expire('unknown-id');
    await clock.sleep(15_000);
    await expect(download(recordings, live)).resolves.toMatchObject({ status: 200 });
  });
});

describe('recordings of an ended call', () => {
  it('are all gone after the grace period, and other calls keep theirs', async () => {
    const recordings = createRecordings({ baseUrl: () => 'http://sim', clock, graceMs: 10_000 });
    const first = recordings.create({ durationMs: 1000, callId: 'call-1' });
    const second = recordings.create({ durationMs: 1000, callId: 'call-1' });
    const other = recordings.create({ durationMs: 1000, callId: 'call-2' });
    recordings.expireCall('call-1');
    await expect(download(recordings, first)).resolves.toMatchObject({ status: 200 });
    await clock.sleep(15_000);
    const statuses = await Promise.all([first, second, other].map((r) => download(recordings, r)));
    expect(statuses.map((res) => res.status)).toEqual([404, 404, 200]);
  });
});
