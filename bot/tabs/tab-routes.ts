import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';
import type { TabConfig } from './tab-config';

/** Where `npm run build` writes the tabs (Vite, `tabs/vite.config.ts`). */
export const TABS_DIST = resolve(__dirname, '../../dist/tabs');

/** The tabs the build makes, each at `/tabs/<name>/` as the app manifest's static tabs say. */
export const TAB_NAMES = ['agent', 'supervisor'] as const;

/**
 * Serves the built tabs under `/tabs/` and their sign-in settings at `/tabs/config.json`. Hashed assets are
 * cached for good; pages are not, so a new build is picked up at once. A tab that was never built answers
 * 503 saying how to build it, rather than an empty 404.
 * @example app.use(tabRoutes(tabConfig({ … })));
 */
export function tabRoutes(config: TabConfig, distDir = TABS_DIST): Router {
  const router = express.Router();
  router.get('/tabs/config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(config);
  });
  router.use('/tabs', (req, res, next) => {
    const tab = req.path.split('/')[1] ?? '';
    if (!(TAB_NAMES as readonly string[]).includes(tab) || existsSync(join(distDir, tab, 'index.html')))
      return next();
    res
      .status(503)
      .type('text/plain')
      .send(`The ${tab} tab is not built: run \`npm run build\` (npm start does it first).\n`);
  });
  router.use(
    '/tabs',
    express.static(distDir, {
      index: 'index.html',
      setHeaders: (res, path) => {
        res.setHeader('x-content-type-options', 'nosniff');
        res.setHeader(
          'cache-control',
          path.includes(`${join(distDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  return router;
}
