/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeopleSearch } from '../../../tabs/agent/workspace/people-search';
import type { Person } from '../../../tabs/shared';
import { renderThemed } from './render-themed';

const alex: Person = {
  id: 'a1e00000-0000-4000-8000-0000000a1e00',
  displayName: 'Alex Expert',
  userPrincipalName: 'alex@contoso.com',
  mail: 'alex@contoso.com',
  jobTitle: 'Product specialist',
  presence: { availability: 'Available', activity: 'Available' },
  skills: null,
};
const cy: Person = {
  ...alex,
  id: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
  displayName: 'Cy Expert',
  userPrincipalName: 'cy@contoso.com',
  jobTitle: null,
  presence: { availability: 'Busy', activity: 'InACall' },
  skills: { support: 5 },
};

const found = () => within(screen.getByRole('list', { name: 'People found' }));

describe('people search', () => {
  it('finds people by name with their Teams presence and links to chat or call them in Teams', async () => {
    const search = jest.fn(async () => [alex, cy]);
    renderThemed(<PeopleSearch search={search} debounceMs={0} />);
    await userEvent.type(screen.getByRole('searchbox', { name: /Find an expert/ }), ' Ex ');
    await waitFor(() => expect(found().getAllByRole('listitem')).toHaveLength(2));
    expect(search).toHaveBeenLastCalledWith('Ex');
    expect(screen.getByRole('status').textContent).toBe('2 found for “Ex”');
    expect(found().getByText('Available · Product specialist')).toBeTruthy();
    expect(found().getByText('Busy · support')).toBeTruthy();
    expect(found().getByRole('link', { name: 'Chat Alex Expert in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=alex%40contoso.com',
    );
    expect(found().getByRole('link', { name: 'Call Cy Expert in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/call/0/0?users=cy%40contoso.com&source=switchboard',
    );
  });

  it('opens the deep link through Teams when hosted there, instead of a browser tab', async () => {
    const openLink = jest.fn();
    renderThemed(<PeopleSearch search={async () => [alex]} openLink={openLink} debounceMs={0} />);
    await userEvent.type(screen.getByRole('searchbox', { name: /Find an expert/ }), 'Al');
    await userEvent.click(await screen.findByRole('link', { name: 'Call Alex Expert in Teams' }));
    expect(openLink).toHaveBeenCalledWith(
      'https://teams.microsoft.com/l/call/0/0?users=alex%40contoso.com&source=switchboard',
    );
  });

  it('keeps the newest answer when an older search answers last', async () => {
    const answers: Record<string, (people: Person[]) => void> = {};
    const search = (text: string) => new Promise<Person[]>((resolve) => (answers[text] = resolve));
    renderThemed(<PeopleSearch search={search} debounceMs={0} />);
    const box = screen.getByRole('searchbox', { name: /Find an expert/ });
    await userEvent.type(box, 'A');
    await waitFor(() => expect(answers.A).toBeDefined());
    await userEvent.type(box, 'l');
    await waitFor(() => expect(answers.Al).toBeDefined());
    answers.Al!([alex]);
    await waitFor(() => expect(found().getAllByRole('listitem')).toHaveLength(1));
    answers.A!([alex, cy]);
    await new Promise((r) => setTimeout(r, 20));
    expect(found().getAllByRole('listitem')).toHaveLength(1);
  });

  it('says when the search failed', async () => {
    renderThemed(
      <PeopleSearch
        search={async () => {
          throw new Error('Graph is busy');
        }}
        debounceMs={0}
      />,
    );
    await userEvent.type(screen.getByRole('searchbox', { name: /Find an expert/ }), 'Al');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Search failed: Graph is busy'));
  });
});
