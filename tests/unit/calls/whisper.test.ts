import { inRequests, whisperPrompts } from '../../../src/calls/whisper';
import { QueueSchema } from '../../../src/config';

const clip = (name: string) => ({ kind: 'shipped', name });
const queue = (whisper: string[]) =>
  QueueSchema.parse({
    id: 'q',
    name: 'Sales',
    namePrompt: 'queue-sales',
    announcedTransfer: { enabled: true, whisper },
  });

describe('the agent’s whisper', () => {
  it('says the parts in the order the queue lists them', () => {
    expect(
      whisperPrompts(queue(['vip', 'waitTime', 'queueName']), {
        waitedSeconds: 30,
        caller: '+1555',
        vip: true,
      }),
    ).toEqual([
      clip('whisper-vip'),
      clip('whisper-waited-under-a-minute'),
      clip('whisper-queue'),
      clip('queue-sales'),
    ]);
  });

  it('says the contact’s name instead of the number when it is known, and nothing of a withheld number', () => {
    const callerOnly = queue(['caller']);
    expect(
      whisperPrompts(callerOnly, {
        waitedSeconds: 0,
        caller: '+14255550123',
        contactName: { kind: 'shipped', name: 'contact-ada' },
        vip: false,
      }),
    ).toEqual([clip('whisper-call-from'), clip('contact-ada')]);
    expect(whisperPrompts(callerOnly, { waitedSeconds: 0, caller: undefined, vip: false })).toEqual([]);
  });

  it('leaves out the VIP part for other callers', () => {
    expect(whisperPrompts(queue(['vip']), { waitedSeconds: 0, caller: '+1555', vip: false })).toEqual([]);
  });

  it('splits a long whisper into playPrompt requests of at most 20, keeping the order', () => {
    const long = whisperPrompts(queue(['queueName', 'waitTime', 'caller', 'vip']), {
      waitedSeconds: 123 * 60,
      caller: '+442071234567',
      vip: true,
    });
    expect(long).toHaveLength(2 + 6 + 13 + 1);
    const requests = inRequests(long);
    expect(requests.map((r) => r.length)).toEqual([20, 2]);
    expect(requests.flat()).toEqual(long);
  });
});
