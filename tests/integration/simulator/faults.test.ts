import {
  entry,
  eventually,
  graphDeadlines,
  type Harness,
  isCallState,
  type Received,
  startHarness,
} from './harness';

const answerBody = (callbackUri: string) => ({
  callbackUri,
  acceptedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
});
const prompt = {
  '@odata.type': '#microsoft.graph.mediaPrompt',
  mediaInfo: { uri: 'https://cdn.contoso.com/none.wav' },
};

/** Graph's error body for a fault, with its code. */
const graphErrorBody = (code: string) => ({
  error: {
    code,
    message: expect.any(String),
    innerError: expect.objectContaining({ 'request-id': expect.any(String) }),
  },
});

const isGraphNotification = (r: Received) => r.body['@odata.type'] === '#microsoft.graph.commsNotifications';

describe('fault injection', () => {
  let h: Harness;
  afterEach(() => h.close());

  describe('set through the control API', () => {
    beforeEach(async () => {
      // Graph's own deadlines: "drop" is proven by the acknowledgement deadline passing.
      h = await startHarness({ speed: 20, settings: graphDeadlines });
    });

    const addFault = async (rule: Record<string, unknown>) => {
      const response = await h.control('POST', '/_sim/faults', rule);
      expect(response.status).toBe(201);
      return response.body;
    };
    const callStates = (callId: string) =>
      h.bot.received
        .filter((r) => entry(r)?.resourceUrl === `/communications/calls/${callId}`)
        .map((r) => entry(r).resourceData.state);

    it('sends a notification twice, with the same body, under "duplicate"', async () => {
      await addFault({ fault: 'duplicate', on: 'established' });
      const { callId } = await h.establishedCall();
      await eventually(
        async () => h.bot.received.filter(isCallState(callId, 'established')),
        (copies) => copies.length === 2,
      );
      const [first, second] = h.bot.received.filter(isCallState(callId, 'established'));
      expect(second!.body).toEqual(first!.body);
      expect(callStates(callId).filter((s) => s === 'establishing')).toHaveLength(1);
    });

    it('sends established before establishing under "reorder"', async () => {
      await addFault({ fault: 'reorder', on: 'established' });
      const { callId } = await h.establishedCall();
      await h.bot.waitFor(isCallState(callId, 'establishing'));
      expect(callStates(callId)).toEqual(['incoming', 'established', 'establishing']);
    });

    it('answers 429 with Retry-After and Graph’s body under "throttle", and the retry succeeds', async () => {
      await addFault({ fault: 'throttle', on: 'answer', times: 1, retryAfterSeconds: 3 });
      const { callId } = await h.incomingCall();
      const throttled = await h.graph(
        'POST',
        `/communications/calls/${callId}/answer`,
        answerBody(h.bot.url),
      );
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('3');
      expect(throttled.body).toEqual(graphErrorBody('TooManyRequests'));
      expect((await h.graph('GET', `/communications/calls/${callId}`)).body.state).toBe('incoming');
      const retried = await h.graph('POST', `/communications/calls/${callId}/answer`, answerBody(h.bot.url));
      expect(retried.status).toBe(202);
      await h.bot.waitFor(isCallState(callId, 'established'));
    });

    it('answers 503 with Graph’s body under "unavailable", and the retry succeeds', async () => {
      const { callId } = await h.establishedCall();
      await addFault({ fault: 'unavailable', on: 'playPrompt', times: 1 });
      const failed = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
        prompts: [prompt],
      });
      expect(failed.status).toBe(503);
      expect(failed.body).toEqual(graphErrorBody('ServiceUnavailable'));
      const retried = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
        prompts: [prompt],
      });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ '@odata.type': '#microsoft.graph.playPromptOperation' });
    });

    it('answers late, but answers, under "slow"', async () => {
      const { callId } = await h.establishedCall();
      await addFault({ fault: 'slow', on: 'getCall', delayMs: 10_000 });
      const started = Date.now();
      const response = await h.graph('GET', `/communications/calls/${callId}`);
      // 10 s at speed 20 is 500 ms of real time.
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
      expect(response.body).toMatchObject({ id: callId, state: 'established' });
      const quick = Date.now();
      await h.graph('GET', `/communications/calls/${callId}/participants`);
      expect(Date.now() - quick).toBeLessThan(400);
    });

    it('never offers the call under "drop" on incoming; unacknowledged, the call is dropped after 5 s', async () => {
      await addFault({ fault: 'drop', on: 'incoming' });
      const dialled = await h.control('POST', '/_sim/pstn/calls', {
        from: '+14255550123',
        to: '+14255550100',
      });
      const legId = dialled.body.id as string;
      const callId = dialled.body.callIds[0] as string;
      const started = Date.now();
      const ended = await eventually(
        async () => (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body,
        (leg) => leg.state === 'ended',
      );
      // Graph waits 5 s for the acknowledgement: 250 ms of real time at speed 20.
      expect(Date.now() - started).toBeGreaterThanOrEqual(200);
      expect(ended.endReason).toBe('the bot did not acknowledge the call');
      expect(ended.notifications[0]).toMatchObject({ kind: 'incoming', delivered: false, dropped: true });
      expect(h.bot.received.filter((r) => entry(r)?.changeType === 'created')).toEqual([]);
      expect((await h.graph('GET', `/communications/calls/${callId}`)).status).toBe(404);
    });

    it('first offers the call in the legacy Skype shape; answered 204, the Graph form follows', async () => {
      await addFault({ fault: 'legacy', on: 'incoming', times: 1 });
      h.bot.status = (body) => (body['@odata.type'] ? 202 : 204);
      const { callId, notification } = await h.incomingCall();
      const [legacy] = h.bot.received;
      expect(legacy!.body).not.toHaveProperty('@odata.type');
      expect(legacy!.body).toMatchObject({ id: callId, callState: 'incoming', isMultiparty: false });
      expect(legacy!.verifyError).toBeUndefined();
      expect(h.bot.received.indexOf(notification)).toBe(1);
      expect(entry(notification)).toMatchObject({
        changeType: 'created',
        resourceData: { state: 'incoming' },
      });
    });

    it('sends no Graph form when the bot answers the legacy shape with anything but 204', async () => {
      await addFault({ fault: 'legacy', on: 'incoming', times: 1 });
      const dialled = await h.control('POST', '/_sim/pstn/calls', {
        from: '+14255550123',
        to: '+14255550100',
      });
      await h.bot.waitFor((r) => !isGraphNotification(r));
      await eventually(
        async () => (await h.control('GET', `/_sim/pstn/calls/${dialled.body.id}`)).body.state,
        (state) => state === 'ended',
      );
      expect(
        h.bot.received.filter((r) => isGraphNotification(r) && entry(r).changeType === 'created'),
      ).toEqual([]);
    });

    it('lists the rules with how often each fired, and clears them', async () => {
      const rule = await addFault({ fault: 'unavailable', on: 'getCall', times: 2 });
      expect(rule).toMatchObject({
        fault: 'unavailable',
        on: 'getCall',
        times: 2,
        fired: 0,
        id: expect.any(String),
      });
      const { callId } = await h.incomingCall();
      await h.graph('GET', `/communications/calls/${callId}`);
      expect((await h.control('GET', '/_sim/faults')).body.value).toEqual([
        expect.objectContaining({ id: rule.id, fired: 1 }),
      ]);
      expect((await h.control('DELETE', '/_sim/faults')).status).toBe(204);
      expect((await h.control('GET', '/_sim/faults')).body.value).toEqual([]);
      expect((await h.graph('GET', `/communications/calls/${callId}`)).status).toBe(200);
    });

    it.each([
      ['an unknown fault', { fault: 'explode' }, /fault/],
      ['a probability above 1', { fault: 'drop', probability: 2 }, /probability/],
      ['a field rules do not have', { fault: 'drop', when: 'always' }, /when/],
    ])('refuses %s with 400 naming the field', async (_name, rule, field) => {
      const response = await h.control('POST', '/_sim/faults', rule);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(field);
      expect((await h.control('GET', '/_sim/faults')).body.value).toEqual([]);
    });
  });

  it('applies the rules given at start', async () => {
    h = await startHarness({ speed: 20, faults: [{ fault: 'throttle', on: 'getCall', times: 1 }] });
    const { callId } = await h.incomingCall();
    expect((await h.graph('GET', `/communications/calls/${callId}`)).status).toBe(429);
    expect((await h.graph('GET', `/communications/calls/${callId}`)).status).toBe(200);
  });
});
