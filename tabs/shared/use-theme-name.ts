import { useEffect, useState } from 'react';
import type { TeamsHost } from './teams-host';
import { browserThemeName, type ThemeName } from './theme';

/** The theme to draw with: the host's (and its live changes) in Teams, the system's outside. */
export function useThemeName(host: TeamsHost | undefined): ThemeName {
  const [name, setName] = useState<ThemeName>(() => (host?.inTeams ? host.theme : browserThemeName()));
  useEffect(() => {
    if (!host) return;
    if (host.inTeams) {
      setName(host.theme);
      host.onThemeChange(setName);
      return;
    }
    setName(browserThemeName());
    if (typeof window.matchMedia !== 'function') return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
    const follow = () => setName(browserThemeName());
    for (const query of queries) query.addEventListener('change', follow);
    return () => {
      for (const query of queries) query.removeEventListener('change', follow);
    };
  }, [host]);
  return name;
}
