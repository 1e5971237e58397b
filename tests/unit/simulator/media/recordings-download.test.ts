import { createClock } from '../../../../simulator/clock';
import type { SimRequest } from '../../../../simulator/http/types';
import { createRecordings, readWav } from '../../../../simulator/media';

function get(path: string, authorization?: string): SimRequest {
  return { method: 'GET', path, query: new URLSearchParams(), headers: { authorization }, body: undefined };
}

describe('recordResponse recordings download', () => {
  const recordings = createRecordings({ baseUrl: () => 'http://127.0.0.1:4010/', clock: createClock() });
  const [method, pattern, route] = recordings.routes[0]!;
  const download = async (id: string, authorization?: string) =>
    route(get(`/_media/recordings/${id}`, authorization), { id });

  it('is served at GET /_media/recordings/:id under the base URL', () => {
    const { id, recordingLocation } = recordings.create({ durationMs: 5000 });
    expect([method, pattern]).toEqual(['GET', '/_media/recordings/:id']);
    expect(recordingLocation).toBe(`http://127.0.0.1:4010/_media/recordings/${id}`);
  });

  it('gives each recording its own opaque token', () => {
    const tokens = [1, 2, 3].map(() => recordings.create({ durationMs: 1000 }).recordingAccessToken);
    expect(new Set(tokens).size).toBe(3);
    expect(tokens[0]!.length).toBeGreaterThanOrEqual(32);
  });

  it('returns the WAV as octet-stream with the right bearer token', async () => {
    const { id, recordingAccessToken } = recordings.create({ durationMs: 5000 });
    const res = await download(id, `Bearer ${recordingAccessToken}`);
    expect(res.status).toBe(200);
    expect(res.headers).toEqual({ 'Content-Type': 'application/octet-stream' });
    expect(Buffer.isBuffer(res.body)).toBe(true);
    expect(readWav(res.body as Buffer)).toEqual({
      ok: true,
      format: { audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 },
      durationMs: 5000,
    });
  });

  it('accepts the scheme in any case', async () => {
    const { id, recordingAccessToken } = recordings.create({ durationMs: 1000 });
    await expect(download(id, `bearer ${recordingAccessToken}`)).resolves.toMatchObject({ status: 200 });
  });

  it('caps a recording at two minutes as Graph does', async () => {
    const { id, recordingAccessToken } = recordings.create({ durationMs: 10 * 60_000 });
    const res = await download(id, `Bearer ${recordingAccessToken}`);
    expect(readWav(res.body as Buffer)).toMatchObject({ ok: true, durationMs: 120_000 });
  });

  it.each([
    ['no Authorization header', () => undefined],
    ['another recording token', () => `Bearer ${recordings.create({ durationMs: 1 }).recordingAccessToken}`],
    ['a token of another scheme', (token: string) => `Basic ${token}`],
    ['a truncated token', (token: string) => `Bearer ${token.slice(1)}`],
  ])('refuses with 401 given %s', async (_name, authorization) => {
    const { id, recordingAccessToken } = recordings.create({ durationMs: 1000 });
    const res = await download(id, authorization(recordingAccessToken));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
  });

  it('answers 404 for an id it never made', async () => {
    const { recordingAccessToken } = recordings.create({ durationMs: 1000 });
    const res = await download('00000000-0000-0000-0000-000000000000', `Bearer ${recordingAccessToken}`);
    expect(res.status).toBe(404);
  });
});
