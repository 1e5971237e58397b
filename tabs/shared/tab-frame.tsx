import { Button, FluentProvider, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { fluentTheme } from './theme';
import { type TabSession, useTabSession } from './use-tab-session';
import { useThemeName } from './use-theme-name';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  centre: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    textAlign: 'center',
  },
});

/** A ready session: what a tab's content is drawn with. */
export type ReadySession = Extract<TabSession, { phase: 'ready' }>;

/**
 * Every tab's frame: Fluent themed like the host (Teams' theme and its changes, or the system's), and the
 * start-up, failure and sign-in screens; `children` draws the tab once the user is signed in.
 */
export function TabFrame({ title, children }: { title: string; children(session: ReadySession): ReactNode }) {
  const session = useTabSession();
  const themeName = useThemeName(session.host);
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(themeName)} className={styles.root} data-theme={themeName}>
      {session.phase === 'ready' ? (
        children(session)
      ) : (
        <main className={styles.centre}>
          <Text as="h1" size={600} weight="semibold">
            {title}
          </Text>
          {session.phase === 'starting' && <Spinner label="Starting…" />}
          {session.phase === 'failed' && (
            <>
              <Text role="alert">The tab could not start: {session.message}</Text>
              <Button onClick={session.retry}>Try again</Button>
            </>
          )}
          {session.phase === 'signedOut' && (
            <>
              <Text>Sign in to continue.</Text>
              <Button appearance="primary" onClick={() => void session.tokens.signIn()}>
                Sign in
              </Button>
            </>
          )}
        </main>
      )}
    </FluentProvider>
  );
}
