import { eventually, isCallState, tenantId } from '../simulator/harness';
import { startPromptServer } from '../simulator/prompt-server';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

describe('retries on 429 and 503', () => {
  let f: GraphFixture;
  let prompts: Awaited<ReturnType<typeof startPromptServer>>;
  beforeAll(async () => {
    prompts = await startPromptServer();
  });
  afterAll(() => prompts.close());
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  const established = async () => {
    const { callId } = await f.h.incomingCall();
    await f.graph.answer(tenantId, callId, { callbackUri: f.h.bot.url });
    await f.h.bot.waitFor(isCallState(callId, 'established'));
    return callId;
  };
  const fault = async (rule: Record<string, unknown>) => {
    expect((await f.h.control('POST', '/_sim/faults', rule)).status).toBe(201);
  };
  const prompt = () => [{ uri: `${prompts.url}/short.wav` }];

  it('waits the Retry-After of a 429, then succeeds', async () => {
    const callId = await established();
    await fault({ fault: 'throttle', on: 'playPrompt', times: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await f.graph.playPrompts(tenantId, callId, prompt(), 'after-429')).toMatchObject({ ok: true });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(2500);
    expect((await f.requests('playPrompt')).map((r) => r.status)).toEqual([429, 200]);
    expect(
      f.metrics.filter((m) => m.route.endsWith('/playPrompt')).map((m) => [m.status, m.attempt]),
    ).toEqual([
      [429, 1],
      [200, 2],
    ]);
  });

  it('retries a 503 with backoff and succeeds', async () => {
    const callId = await established();
    await fault({ fault: 'unavailable', on: 'subscribeToTone', times: 1 });
    expect(await f.graph.subscribeToTone(tenantId, callId, 'menu')).toMatchObject({ ok: true });
    expect((await f.requests('subscribeToTone')).map((r) => r.status)).toEqual([503, 200]);
  });

  it('gives up after the bounded number of retries with a GraphError reason unavailable', async () => {
    const callId = await established();
    await fault({ fault: 'unavailable', on: 'keepAlive' });
    const graph = f.port({ retry: { delaySeconds: 0, maxRetries: 1 } });
    await expect(graph.keepAlive(tenantId, callId)).rejects.toMatchObject({
      name: 'GraphError',
      reason: 'unavailable',
      status: 503,
      code: 'ServiceUnavailable',
      tenantId,
      callId,
    });
    expect((await f.requests('keepAlive')).map((r) => r.status)).toEqual([503, 503]);
  });

  it('does not wait a Retry-After longer than allowed: the 429 comes back with it at once', async () => {
    const callId = await established();
    await fault({ fault: 'throttle', on: 'playPrompt', times: 1, retryAfterSeconds: 120 });
    const graph = f.port({ retry: { maxRetryAfterSeconds: 30 } });
    const started = Date.now();
    await expect(graph.playPrompts(tenantId, callId, prompt(), 'later')).rejects.toMatchObject({
      reason: 'throttled',
      status: 429,
      retryAfterSeconds: 120,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await f.requests('playPrompt')).map((r) => r.status)).toEqual([429]);
  });

  it('bounds each attempt: a Graph that answers too late is a timeout', async () => {
    const callId = await established();
    // 20 s of simulated delay is 1 s at speed 20; the port waits 300 ms.
    await fault({ fault: 'slow', on: 'keepAlive', times: 1, delayMs: 20_000 });
    const graph = f.port({ timeoutMs: 300 });
    const started = Date.now();
    await expect(graph.keepAlive(tenantId, callId)).rejects.toMatchObject({
      reason: 'timeout',
      status: 0,
      tenantId,
      callId,
    });
    expect(Date.now() - started).toBeLessThan(900);
    // The simulator still answers, late, to a request nobody waits for any more.
    await eventually(
      () => f.requests('keepAlive'),
      (records) => records[0]?.status === 200,
    );
  });
});
