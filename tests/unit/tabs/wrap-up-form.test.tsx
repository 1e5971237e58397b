/**
 * @jest-environment jsdom
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WrapUpForm } from '../../../tabs/agent/workspace/wrap-up-form';
import { renderThemed, summary } from './render-themed';

const codes = [
  { id: 'resolved', name: 'Resolved' },
  { id: 'follow-up', name: 'Follow-up' },
];
const now = Date.parse('2026-05-04T09:40:00.000Z');

describe('the wrap-up form', () => {
  it('refuses to finish without a disposition, and says so next to the choice', async () => {
    const onSubmit = jest.fn(async () => {});
    renderThemed(<WrapUpForm interaction={summary()} codes={codes} now={now} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Finish wrap-up' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a disposition')).toBeTruthy();
  });

  it('sends the chosen disposition and the notes, trimmed', async () => {
    const onSubmit = jest.fn(async () => {});
    renderThemed(<WrapUpForm interaction={summary()} codes={codes} now={now} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Follow-up' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Wrap-up notes' }), '  Call back on Friday  ');
    await userEvent.click(screen.getByRole('button', { name: 'Finish wrap-up' }));
    expect(onSubmit).toHaveBeenCalledWith('follow-up', 'Call back on Friday');
    expect(screen.queryByText('Choose a disposition')).toBeNull();
  });

  it('sends no notes when none were written, from the keyboard alone', async () => {
    const onSubmit = jest.fn(async () => {});
    renderThemed(<WrapUpForm interaction={summary()} codes={codes} now={now} onSubmit={onSubmit} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Resolved' }));
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('resolved', undefined);
  });

  it('counts down the wrap-up time the queue gives, and shows none when it gives none', () => {
    const { unmount } = renderThemed(
      <WrapUpForm
        interaction={summary()}
        codes={codes}
        now={now}
        endsAt={now + 90_000}
        onSubmit={jest.fn()}
      />,
    );
    expect(screen.getByRole('timer', { name: 'Wrap-up time left' }).textContent).toBe('1:30 left');
    unmount();
    renderThemed(<WrapUpForm interaction={summary()} codes={codes} now={now} onSubmit={jest.fn()} />);
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
