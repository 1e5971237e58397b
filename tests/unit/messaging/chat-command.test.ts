import { parseChatCommand } from '../../../bot/messaging';

describe('reading a chat message as a command', () => {
  it.each([
    ['status', { type: 'status' }],
    ['  STATUS ', { type: 'status' }],
    ['available', { type: 'available' }],
    ['queues', { type: 'queues' }],
    ['help', { type: 'help' }],
    ['', { type: 'help' }],
    ['not ready', { type: 'notReady', reason: undefined }],
    ['notready lunch', { type: 'notReady', reason: 'lunch' }],
    ['Not  Ready   team meeting', { type: 'notReady', reason: 'team meeting' }],
    ['<at>Switchboard</at> status', { type: 'status' }],
    ['what is this', { type: 'help', unknown: 'what is this' }],
  ])('reads %j', (text, command) => {
    expect(parseChatCommand(text)).toEqual(command);
  });

  it('refuses a reason longer than a supervisor’s grid shows, saying how long it was', () => {
    expect(parseChatCommand(`not ready ${'a'.repeat(61)}`)).toEqual({
      type: 'invalid',
      message: 'The reason is 61 characters long; keep it to 60.',
    });
  });
});
