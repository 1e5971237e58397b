import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { InteractionDetail, InteractionSummary } from '../../../tabs/shared';

/** Renders inside Fluent's provider with the Teams light theme, as the tab does. */
export function renderThemed(ui: ReactElement) {
  return render(<FluentProvider theme={teamsLightTheme}>{ui}</FluentProvider>);
}

/** An interaction as the API lists it, offered to Ann from the Sales queue. */
export function summary(overrides: Partial<InteractionSummary> = {}): InteractionSummary {
  return {
    id: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    caller: '+14255550123',
    dialled: '+14255550100',
    queue: { id: 'sales', name: 'Sales' },
    state: 'offering',
    arrivedAt: '2026-05-04T09:30:00.000Z',
    offeredAt: '2026-05-04T09:31:02.000Z',
    connectedAt: null,
    endedAt: null,
    endReason: null,
    waitedMs: 62_000,
    agentId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    disposition: null,
    ...overrides,
  };
}

/** The same interaction in detail: menu choices and the caller's earlier calls. */
export function detail(overrides: Partial<InteractionDetail> = {}): InteractionDetail {
  return {
    ...summary(),
    ivrPath: [
      { menuId: 'root', key: '1' },
      { menuId: 'sales', key: '3' },
    ],
    timeline: [],
    notes: [],
    customer: { caller: '+14255550123', previous: [] },
    ...overrides,
  };
}
