/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgentGrid } from '../../../tabs/supervisor/floor/agent-grid';
import { renderThemed } from './render-themed';
import { agent } from './supervisor-fixtures';

const queues = [
  { queueId: 'sales', name: 'Sales' },
  { queueId: 'support', name: 'Support' },
];
const agents = [
  agent('Ann Sales', ['sales']),
  agent('Bob Support', ['support'], { status: 'notReady', reason: 'Lunch' }),
  agent('Cy Both', ['sales', 'support'], {
    status: 'busy',
    interactionId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  }),
];
const asOf = '2026-05-04T09:30:00.000Z';

function renderGrid(handlers: Partial<Record<'onAvailable' | 'onNotReady' | 'onSignOut', jest.Mock>> = {}) {
  renderThemed(
    <AgentGrid
      agents={agents}
      queues={queues}
      now={Date.parse(asOf) + 30_000}
      asOf={asOf}
      callLabels={{ '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a': '+14255550123 · Sales' }}
      onAvailable={handlers.onAvailable ?? jest.fn()}
      onNotReady={handlers.onNotReady ?? jest.fn()}
      onSignOut={handlers.onSignOut ?? jest.fn()}
    />,
  );
}

const names = () =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
    .sort();

describe('the agent grid', () => {
  it('shows every agent with state, time in state counted on from the snapshot, and the current call', () => {
    renderGrid();
    expect(names()).toEqual(['Ann Sales', 'Bob Support', 'Cy Both']);
    const bob = screen.getByRole('row', { name: /Bob Support/ });
    expect(within(bob).getByText('Not ready (Lunch)')).toBeTruthy();
    expect(within(bob).getByText('2:00')).toBeTruthy();
    const cy = screen.getByRole('row', { name: /Cy Both/ });
    expect(within(cy).getByText('+14255550123 · Sales')).toBeTruthy();
  });

  it('filters by queue membership, an agent of two queues in both, and back to all', async () => {
    renderGrid();
    const filter = screen.getByRole('combobox', { name: 'Queue' });
    await userEvent.selectOptions(filter, 'support');
    expect(names()).toEqual(['Bob Support', 'Cy Both']);
    expect(screen.getByText('2 of 3 agents')).toBeTruthy();
    await userEvent.selectOptions(filter, 'sales');
    expect(names()).toEqual(['Ann Sales', 'Cy Both']);
    await userEvent.selectOptions(filter, '');
    expect(names()).toHaveLength(3);
  });

  it('offers each agent the actions their state allows, and names whom they act on', async () => {
    const onAvailable = jest.fn();
    const onNotReady = jest.fn();
    renderGrid({ onAvailable, onNotReady });
    await userEvent.click(screen.getByRole('button', { name: 'Make Bob Support available' }));
    await userEvent.click(screen.getByRole('button', { name: 'Set Ann Sales not ready' }));
    expect(onAvailable).toHaveBeenCalledWith(agents[1]!.agentId);
    expect(onNotReady).toHaveBeenCalledWith(agents[0]!.agentId);
    expect(screen.queryByRole('button', { name: 'Make Ann Sales available' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set Cy Both not ready' })).toBeNull();
  });
});
