/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import { QueueTiles } from '../../../tabs/supervisor/floor/queue-tiles';
import { tileStatus } from '../../../tabs/supervisor/floor/tile-status';
import { renderThemed } from './render-themed';
import { tile } from './supervisor-fixtures';

/** The description beside a figure's term in the tile. */
function figure(name: string): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('the queue tiles', () => {
  it('says a quiet queue is on target, with every figure at ok', () => {
    renderThemed(<QueueTiles queues={[tile()]} />);
    const card = screen.getByRole('group', { name: 'Sales queue' });
    expect(card.getAttribute('data-level')).toBe('ok');
    expect(within(card).getByText('On target')).toBeTruthy();
    expect(figure('Waiting').getAttribute('data-level')).toBe('ok');
    expect(figure('Waiting').textContent).toBe('0limit 5');
  });

  it.each([
    ['Waiting', { waiting: 5 }, 'Too many waiting', 'past limit 5'],
    ['Longest wait', { waiting: 1, longestWaitSeconds: 75 }, 'Waiting too long', 'past limit 60 s'],
    [
      'Service level today',
      { today: { ...tile().today, serviceLevel: 0.7 } },
      'Below service level',
      'past target 80 %',
    ],
  ])('marks %s past its threshold as danger, in words as well as colour', (name, overrides, alert, words) => {
    renderThemed(<QueueTiles queues={[tile(overrides)]} />);
    const card = screen.getByRole('group', { name: 'Sales queue' });
    expect(card.getAttribute('data-level')).toBe('danger');
    expect(within(card).getByText(alert)).toBeTruthy();
    expect(figure(name).getAttribute('data-level')).toBe('danger');
    expect(within(figure(name)).getByText(words)).toBeTruthy();
  });

  it('warns from 80 % of a limit and within five points above the target', () => {
    expect(tileStatus(tile({ waiting: 4 })).waiting).toEqual({ level: 'warning', note: 'limit 5' });
    expect(tileStatus(tile({ waiting: 3 })).waiting.level).toBe('ok');
    const nearTarget = tileStatus(tile({ today: { ...tile().today, serviceLevel: 0.82 } }));
    expect(nearTarget.serviceLevel).toEqual({ level: 'warning', note: 'target 80 %' });
    expect(nearTarget.level).toBe('warning');
    expect(nearTarget.alerts).toEqual([]);
    renderThemed(<QueueTiles queues={[tile({ waiting: 4 })]} />);
    expect(screen.getByText('Near a threshold')).toBeTruthy();
    expect(within(figure('Waiting')).getByText('near limit 5')).toBeTruthy();
  });

  it('colours nothing for a queue without thresholds, and nothing when no call was measured yet', () => {
    const free = tile({
      waiting: 40,
      longestWaitSeconds: 900,
      thresholds: {
        serviceLevelSeconds: 20,
        serviceLevelPercent: null,
        waitingCalls: null,
        longestWaitSeconds: null,
      },
    });
    expect(tileStatus(free)).toEqual(
      expect.objectContaining({ level: 'ok', alerts: [], waiting: { level: 'ok', note: null } }),
    );
    expect(tileStatus(tile({ today: { ...tile().today, serviceLevel: null } })).serviceLevel.level).toBe(
      'ok',
    );
  });

  it('counts the longest wait on between pushes, and turns danger when it passes the limit', () => {
    const since = '2026-05-04T09:00:00.000Z';
    const waiting = tile({ waiting: 1, longestWaitSeconds: 10, longestWaitingSince: since });
    const later = Date.parse(since) + 61_000;
    renderThemed(<QueueTiles queues={[waiting]} now={later} />);
    expect(screen.getByTestId('longest-sales').textContent).toBe('61 s');
    expect(screen.getByText('Waiting too long')).toBeTruthy();
  });
});
