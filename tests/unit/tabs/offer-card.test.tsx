/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import { OfferCard } from '../../../tabs/agent/workspace/offer-card';
import { detail, renderThemed, summary } from './render-themed';

describe('the offer card', () => {
  it('shows who calls, for which queue and how long they waited, the moment the offer arrives', () => {
    renderThemed(<OfferCard interaction={summary()} />);
    const offer = screen.getByRole('region', { name: 'Incoming call for Sales — answer in Teams' });
    expect(within(offer).getByText('+14255550123')).toBeTruthy();
    expect(within(offer).getByText('1:02')).toBeTruthy();
    // Menu choices and history arrive a moment later, with the detail.
    expect(within(offer).getAllByText('…')).toHaveLength(2);
  });

  it('lists the caller’s menu choices and their earlier calls once the detail arrives', () => {
    const earlier = summary({
      id: '1a2b3c4d-0000-4000-8000-000000000001',
      arrivedAt: '2026-05-01T14:05:00.000Z',
      state: 'ended',
      disposition: 'resolved',
    });
    renderThemed(
      <OfferCard
        interaction={summary()}
        detail={detail({ customer: { caller: '+14255550123', previous: [earlier] } })}
      />,
    );
    expect(screen.getByText('root: 1, sales: 3')).toBeTruthy();
    const history = screen.getByRole('list', { name: 'Previous calls from this number' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    expect(within(history).getByText(/Sales · resolved/)).toBeTruthy();
  });

  it('says a first-time caller is one, and a withheld number is withheld', () => {
    renderThemed(<OfferCard interaction={summary({ caller: null })} detail={detail({ ivrPath: [] })} />);
    expect(screen.getByText('Withheld number')).toBeTruthy();
    expect(screen.getByText('First call from this number')).toBeTruthy();
    expect(screen.getByText('None')).toBeTruthy();
  });

  it('names the customer and marks a VIP when the context has a contact record', () => {
    const withContact = detail();
    (withContact.customer as Record<string, unknown>).contact = {
      name: 'Dana Fox',
      company: 'Fabrikam',
      vip: true,
    };
    renderThemed(<OfferCard interaction={summary()} detail={withContact} />);
    expect(screen.getByText(/Dana Fox, Fabrikam/)).toBeTruthy();
    expect(screen.getByText('VIP')).toBeTruthy();
  });
});
