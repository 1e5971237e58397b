import { app } from '@microsoft/teams-js';
import { type ThemeName, toThemeName } from './theme';

/** Where the tab runs: inside a Teams host (with its theme and locale) or as a plain web page. */
export type TeamsHost =
  | {
      inTeams: true;
      theme: ThemeName;
      locale: string;
      /** Calls `listener` on every theme change the host announces. */
      onThemeChange(listener: (theme: ThemeName) => void): void;
      /** Opens a Teams deep link inside Teams rather than in a new browser tab. */
      openLink(url: string): Promise<void>;
    }
  | { inTeams: false };

/**
 * Connects to Teams. Outside any host `app.initialize()` rejects at once ("No Parent window found"), and the
 * page then works as a normal web page; inside one, the host's context gives the theme and locale.
 */
export async function connectToTeams(): Promise<TeamsHost> {
  try {
    await app.initialize();
  } catch {
    return { inTeams: false };
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    theme: toThemeName(context.app.theme),
    locale: context.app.locale,
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(toThemeName(theme))),
    openLink: (url) => app.openLink(url),
  };
}
