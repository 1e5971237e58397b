/**
 * @jest-environment jsdom
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryList } from '../../../tabs/agent/workspace/history-list';
import { VoicemailCard } from '../../../tabs/agent/workspace/voicemail-card';
import { renderThemed, summary } from './render-themed';

describe('voicemail and callback work, on servers that give it', () => {
  beforeAll(() => {
    // jsdom has no object URLs; the card only needs one to hand to the audio element.
    URL.createObjectURL = jest.fn(() => 'blob:voicemail');
    URL.revokeObjectURL = jest.fn();
  });

  it('plays a voicemail only when asked, fetched with the agent’s token', async () => {
    const loadRecording = jest.fn(async () => new Blob(['RIFF'], { type: 'audio/wav' }));
    const voicemail = { ...summary({ state: 'ended' }), channel: 'voicemail', hasRecording: true };
    renderThemed(<VoicemailCard interaction={voicemail} loadRecording={loadRecording} />);
    expect(screen.getByRole('heading', { name: 'Voicemail from +14255550123' })).toBeTruthy();
    expect(loadRecording).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Play voicemail' }));
    expect(loadRecording).toHaveBeenCalledWith(voicemail.id);
    const audio = await screen.findByLabelText('Voicemail message');
    expect(audio.getAttribute('src')).toBe('blob:voicemail');
  });

  it('says when the message cannot be played', async () => {
    renderThemed(
      <VoicemailCard
        interaction={summary()}
        loadRecording={async () => {
          throw new Error('not found');
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Play voicemail' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The message could not be played: not found');
  });

  it('offers to call back now only on callbacks still waiting', async () => {
    const onCallBack = jest.fn(async () => {});
    const waiting = {
      ...summary({ id: '11111111-0000-4000-8000-000000000001', state: 'queued' }),
      callback: { number: '+14255550177', attempts: 0 },
    };
    const made = {
      ...summary({ id: '11111111-0000-4000-8000-000000000002', state: 'ended', disposition: 'resolved' }),
      callback: { number: '+14255550188', attempts: 1 },
    };
    renderThemed(
      <HistoryList
        today={[waiting, made]}
        codes={[{ id: 'resolved', name: 'Resolved' }]}
        onCallBack={onCallBack}
      />,
    );
    expect(screen.getByText('Callback to +14255550177')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: 'Call back now' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(onCallBack).toHaveBeenCalledWith(waiting.id);
  });
});
