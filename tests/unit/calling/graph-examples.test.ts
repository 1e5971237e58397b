import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NotificationFact } from '../../../bot/calling';
import { parseNotifications } from '../../../bot/calling/parse-notifications';
import { at, tenantId, translate } from './fixtures';

/** Microsoft's documented payloads (and one real one), copied as data beside the reference notes. */
const examples = join(__dirname, '../../../../shared/reference/graph-examples');
const read = (name: string): unknown => JSON.parse(readFileSync(join(examples, name), 'utf8'));

const event = (callId: string, e: Record<string, unknown>): NotificationFact =>
  ({ kind: 'event', tenantId, callId, event: { ...e, at } }) as NotificationFact;
const ignoredBecause = (callId: string | undefined, reason: RegExp) => ({
  kind: 'ignored',
  tenantId,
  callId,
  reason: expect.stringMatching(reason),
});
const terminated = (callId: string, transferred: boolean, code?: number, subcode?: number) =>
  event(callId, { type: 'terminated', transferred, code, subcode });

const ids = {
  answered: '57DAB8B1894C409AB240BD8BEAE78896',
  hungUp: '57dab8b1-894c-409a-b240-bd8beae78896',
  transferred: '341a0500-d4bf-4224-8b19-1581168d328b',
  redirected: '491f0b00-ffff-4bc9-a43e-b226498ec22a',
};

/** What each example translates to; `legacy` for the files that are not commsNotifications envelopes. */
const expected: Record<string, NotificationFact[] | Array<ReturnType<typeof ignoredBecause>> | 'legacy'> = {
  'call-deleted-after-reject.json': [terminated(ids.hungUp, false)],
  'established.json': [event(ids.answered, { type: 'established' })],
  'establishing.json': [ignoredBecause(ids.answered, /establishing/)],
  'hold-music-completed.json': [
    ignoredBecause('e141b67c-90fd-455d-858b-b48a40b9cc8d', /startHoldMusicOperation/),
  ],
  'incoming-call-policy-recording-appinstance.json': [
    {
      kind: 'incoming',
      tenantId,
      callId: 'e71f0300-9c1f-4d99-b5f4-2722e877d497',
      caller: undefined,
      applicationInstanceId: '832899f8-2ea1-4604-8413-27bd2892079f',
      callChainId: '05f2f70f-3a9c-47c1-80a9-cc79e91d8cec',
      at,
    },
  ],
  'incoming-call-pstn-to-appinstance.json': [
    {
      kind: 'incoming',
      tenantId,
      callId: ids.redirected,
      caller: undefined, // the doc's "PSTN" example has a Teams user as source
      applicationInstanceId: '7629bdce-046c-4903-86b4-a8f718277e1a',
      callChainId: undefined,
      at,
    },
  ],
  'incoming-call-teamsuser-to-appinstance.real.json': [
    {
      kind: 'incoming',
      tenantId,
      callId: '521f0b00-431f-49e4-972a-d4da044def36', // from the legacy `resource`: there is no resourceUrl
      caller: undefined,
      applicationInstanceId: '92167092-d0e9-4fe7-b51a-fea8c3b0e0ce',
      callChainId: '9c0c1f04-9102-4f0e-a8fc-59532912e3f4',
      at,
    },
  ],
  'incoming-call.json': [
    {
      kind: 'incoming',
      tenantId,
      callId: ids.answered,
      caller: undefined,
      applicationInstanceId: undefined, // the bot itself was called, not a resource account
      callChainId: undefined,
      at,
    },
  ],
  'invite-operation-completed.json': [
    ignoredBecause('ab6233a5-20b7-4c5e-bea2-ce56c9776429', /inviteParticipantsOperation/),
  ],
  'operation-canceled-recordresponse.json': [
    event(ids.answered, {
      type: 'mediaCompleted',
      context: 'd45324c1-fcb5-430a-902c-f20af696537c',
      ok: false,
    }),
  ],
  'outgoing-established.json': [event('2e1a0b00-b3c5-4b0f-99b3-c133bc1e6116', { type: 'established' })],
  'participant-muted-roster.json': [ignoredBecause(ids.hungUp, /roster/)],
  'participants-roster-meeting.json': [ignoredBecause('2f1a1100-b174-40a0-aba7-0b405e01ed92', /roster/)],
  'participants-updated.json': [ignoredBecause('ab6233a5-20b7-4c5e-bea2-ce56c9776429', /roster/)],
  'playprompt-completed.json': [
    event(ids.answered, {
      type: 'mediaCompleted',
      context: 'd45324c1-fcb5-430a-902c-f20af696537c',
      ok: true,
    }),
  ],
  'playprompt-response.json': 'legacy',
  'presence-change-notification-rich.json': 'legacy',
  'recordresponse-completed.json': [
    event(ids.answered, {
      type: 'mediaCompleted',
      context: 'd45324c1-fcb5-430a-902c-f20af696537c',
      ok: true,
      recording: {
        location: 'https://file.location/17e3b46c-f61d-4f4d-9635-c626ef18e6ad',
        token: '<access-token>',
      },
    }),
  ],
  'redirect-terminated.json': [terminated(ids.redirected, false)],
  'senddtmf-completed.json': [
    ignoredBecause('481f3600-983e-4276-9b59-c1b30ec8d125', /sendDtmfTonesOperation/),
  ],
  'terminated.json': [terminated(ids.hungUp, false, 200, 5001)],
  'terminating.json': [ignoredBecause(ids.hungUp, /terminating/)],
  'tone-dtmf.json': [event(ids.hungUp, { type: 'tone', key: '1', sequenceId: 1 })],
  'transfer-accepted.json': [event(ids.transferred, { type: 'transferAccepted' })],
  'transfer-completed-consultative.json': [terminated(ids.transferred, true)],
  'transfer-completed.json': [terminated(ids.transferred, true, 0, 7015)],
  'transfer-failed-consultative.json': [
    event(ids.transferred, { type: 'transferFailed', code: 500, subcode: 7700 }),
  ],
  'transfer-failed.json': [event(ids.transferred, { type: 'transferFailed', code: 500, subcode: 7000 })],
  'transfer-transferring.json': [ignoredBecause(ids.transferred, /transferring/)],
};

describe("Graph's documented notification examples", () => {
  const files = readdirSync(examples).filter((name) => name.endsWith('.json'));

  it('are all covered here, so a new example has to be decided on', () => {
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  const graph = Object.entries(expected).filter(
    (entry): entry is [string, NotificationFact[]] => entry[1] !== 'legacy',
  );
  it.each(graph)('%s translates to its facts', (name, facts) => {
    expect(translate(read(name))).toStrictEqual(facts);
  });

  const legacy = Object.entries(expected).filter(([, facts]) => facts === 'legacy');
  it.each(legacy)('%s is not a commsNotifications envelope, so it reads as legacy', (name) => {
    expect(parseNotifications(read(name))).toEqual({ kind: 'legacy' });
  });
});
