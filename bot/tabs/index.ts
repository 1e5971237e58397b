/**
 * @module
 * The Teams tabs as the server serves them: the built pages under `/tabs/<tab>/` (the paths the app
 * manifest's static tabs name) and the unauthenticated sign-in settings they read first.
 */
export { type TabConfig, tabConfig } from './tab-config';
export { TAB_NAMES, TABS_DIST, tabRoutes } from './tab-routes';
