/**
 * @jest-environment jsdom
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportForm } from '../../../tabs/supervisor/history/report-form';
import { renderThemed } from './render-themed';

const queues = [
  { queueId: 'sales', name: 'Sales' },
  { queueId: 'support', name: 'Support' },
];

function renderForm() {
  const onSubmit = jest.fn();
  renderThemed(
    <ReportForm queues={queues} initial={{ from: '2026-05-04', to: '2026-05-04' }} onSubmit={onSubmit} />,
  );
  return onSubmit;
}

async function setDate(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

describe('the report form', () => {
  it('asks for today by day over every queue when nothing is changed', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(onSubmit).toHaveBeenCalledWith({ from: '2026-05-04', to: '2026-05-04', queues: [], size: 'day' });
  });

  it('sends the dates, the ticked queues in their order and the interval chosen', async () => {
    const onSubmit = renderForm();
    await setDate('From', '2026-05-01');
    await setDate('To', '2026-05-07');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Support' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Interval' }), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(onSubmit).toHaveBeenCalledWith({
      from: '2026-05-01',
      to: '2026-05-07',
      queues: ['sales', 'support'],
      size: '15',
    });
  });

  it.each([
    ['an end before the start', '2026-05-04', '2026-05-03', 'The end date is before the start date'],
    ['more than 93 days', '2026-01-01', '2026-04-04', 'A report covers at most 93 days'],
    ['no start date', '', '2026-05-04', 'Enter a start date'],
  ])('refuses %s and says so at the field, asking nothing', async (_case, from, to, message) => {
    const onSubmit = renderForm();
    await setDate('From', from);
    await setDate('To', to);
    await userEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(screen.getByText(message)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('accepts exactly 93 days, the API’s limit', async () => {
    const onSubmit = renderForm();
    await setDate('From', '2026-01-01');
    await setDate('To', '2026-04-03');
    await userEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ from: '2026-01-01', to: '2026-04-03' }));
  });
});
