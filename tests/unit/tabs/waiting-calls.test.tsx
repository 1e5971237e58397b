/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WaitingCalls } from '../../../tabs/supervisor/floor/waiting-calls';
import { reportSearch } from '../../../tabs/supervisor/report-search';
import { renderThemed, summary } from './render-themed';

const queues = [
  { queueId: 'sales', name: 'Sales' },
  { queueId: 'support', name: 'Support' },
];
const calls = [
  summary({ id: 'late', caller: '+14255550111', state: 'queued', arrivedAt: '2026-05-04T09:35:00.000Z' }),
  summary({ id: 'talking', caller: '+14255550122', state: 'connected' }),
  summary({ id: 'early', caller: null, state: 'queued', arrivedAt: '2026-05-04T09:30:00.000Z' }),
];

describe('the waiting calls', () => {
  it('lists only calls waiting in a queue, longest waiting first', () => {
    renderThemed(
      <WaitingCalls
        calls={calls}
        queues={queues}
        now={Date.parse('2026-05-04T09:40:00.000Z')}
        onMove={jest.fn()}
        onPriority={jest.fn()}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Waiting calls' })).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Withheld number waiting in Sales',
      '+14255550111 waiting in Sales',
    ]);
    expect(within(items[0]!).getByText(/10 min 0 s/)).toBeTruthy();
  });

  it('moves a call to another queue and raises its priority, naming the call', async () => {
    const onMove = jest.fn(async () => {});
    const onPriority = jest.fn(async () => {});
    renderThemed(
      <WaitingCalls calls={calls} queues={queues} now={0} onMove={onMove} onPriority={onPriority} />,
    );
    const late = screen.getByRole('listitem', { name: '+14255550111 waiting in Sales' });
    expect(
      within(late)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Support');
    expect(within(late).queryByRole('option', { name: 'Sales' })).toBeNull();
    await userEvent.click(within(late).getByRole('button', { name: 'Move' }));
    await userEvent.selectOptions(within(late).getByRole('combobox', { name: 'Priority' }), '2');
    await userEvent.click(within(late).getByRole('button', { name: 'Set priority' }));
    expect(onMove).toHaveBeenCalledWith('late', 'support');
    expect(onPriority).toHaveBeenCalledWith('late', 2);
  });

  it('says so when nobody waits', () => {
    renderThemed(
      <WaitingCalls calls={[]} queues={queues} now={0} onMove={jest.fn()} onPriority={jest.fn()} />,
    );
    expect(screen.getByText('No call is waiting.')).toBeTruthy();
  });
});

describe('the report query', () => {
  it('joins queues with commas and leaves out what is empty, so "every queue" sends no queues at all', () => {
    expect(reportSearch({ from: '2026-05-01', to: '2026-05-02', queues: [], size: 'day' })).toBe(
      '?from=2026-05-01&to=2026-05-02&size=day',
    );
    expect(reportSearch({ from: '2026-05-01', to: '2026-05-02', queues: ['sales', 'support'] })).toBe(
      '?from=2026-05-01&to=2026-05-02&queues=sales%2Csupport',
    );
    expect(reportSearch({})).toBe('');
  });
});
