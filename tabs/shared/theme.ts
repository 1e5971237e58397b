import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';

/** The three themes Teams has; `context.app.theme` names them `default`, `dark` and `contrast`. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** Fluent's Teams theme for a Teams theme name; anything unknown is the light one, as Teams falls back. */
export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

/** Reads a theme name Teams sent, which is a free string on the wire. */
export function toThemeName(value: string | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** Outside Teams the page follows the system: forced colours first, then the dark preference. */
export function browserThemeName(media: (query: string) => boolean = matches): ThemeName {
  if (media('(forced-colors: active)')) return 'contrast';
  return media('(prefers-color-scheme: dark)') ? 'dark' : 'default';
}

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}
