import { Field, Input, Link, makeStyles, PresenceBadge, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Person } from '../../shared';
import { presenceStatus, teamsCallLink, teamsChatLink } from './teams-links';

export interface PeopleSearchProps {
  search(text: string): Promise<Person[]>;
  /** In Teams, deep links open inside Teams; in a browser they are plain links. */
  openLink?(url: string): void;
  /** How long typing must pause before searching. */
  debounceMs?: number;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flexGrow: 1, minWidth: '10rem', display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** Searches as the agent types (after a pause), dropping answers to older queries. */
function usePeopleSearch(search: PeopleSearchProps['search'], text: string, debounceMs: number) {
  const [result, setResult] = useState<{ people: Person[]; error?: string; query: string }>({
    people: [],
    query: '',
  });
  useEffect(() => {
    const query = text.trim();
    if (query === '') return setResult({ people: [], query });
    let live = true;
    const timer = setTimeout(() => {
      search(query).then(
        (people) => live && setResult({ people, query }),
        (error: unknown) =>
          live && setResult({ people: [], query, error: String((error as Error).message ?? error) }),
      );
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, text, debounceMs]);
  return result;
}

/**
 * Finding an expert: Teams users by name with their live presence, and a Teams chat or call with one click.
 * Results are a list with the count announced, so screen readers hear what the search found.
 */
export function PeopleSearch({ search, openLink, debounceMs = 250 }: PeopleSearchProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const { people, error, query } = usePeopleSearch(search, text, debounceMs);
  const link = (url: string, label: string, name: string) => (
    <Link
      href={url}
      target="_blank"
      rel="noreferrer"
      aria-label={`${label} ${name} in Teams`}
      onClick={(event) => {
        if (!openLink) return;
        event.preventDefault();
        openLink(url);
      }}
    >
      {label}
    </Link>
  );
  return (
    <div>
      <Field label="Find an expert" hint="Search Teams by name">
        <Input type="search" value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Text as="p" role="status" className={styles.muted}>
        {error ? `Search failed: ${error}` : query ? `${people.length} found for “${query}”` : ''}
      </Text>
      <ul className={styles.list} aria-label="People found">
        {people.map((person) => {
          const upn = person.userPrincipalName ?? person.mail;
          const availability = person.presence?.availability ?? 'PresenceUnknown';
          return (
            <li key={person.id} className={styles.item}>
              <PresenceBadge status={presenceStatus(person.presence?.availability)} aria-hidden="true" />
              <span className={styles.who}>
                <Text weight="semibold">{person.displayName}</Text>
                <Text size={200} className={styles.muted}>
                  {availability}
                  {person.jobTitle ? ` · ${person.jobTitle}` : ''}
                  {person.skills ? ` · ${Object.keys(person.skills).join(', ')}` : ''}
                </Text>
              </span>
              {upn && (
                <span className={styles.actions}>
                  {link(teamsChatLink(upn), 'Chat', person.displayName)}
                  {link(teamsCallLink(upn), 'Call', person.displayName)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
