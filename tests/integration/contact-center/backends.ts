import { spawnSync } from 'node:child_process';
import type { Store } from '../../../src/store';
import { pglite, postgres, postgresUrl } from './harness';

/** Whether PostgreSQL answers at `postgresUrl` (a synchronous probe, so `describe.each` can use it). */
function postgresAnswers(): boolean {
  const { hostname, port } = new URL(postgresUrl);
  const probe = `require('net').connect(${Number(port || 5432)}, ${JSON.stringify(hostname)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)); setTimeout(() => process.exit(1), 2000);`;
  return spawnSync(process.execPath, ['-e', probe]).status === 0;
}

/**
 * The store back ends every contact-center test runs on. PostgreSQL is required in CI; elsewhere, when none
 * answers, its variant is reported as not run (its describe name says so).
 */
export function backends(): [string, () => Promise<Store>][] {
  if (postgresAnswers())
    return [
      ['PGlite', pglite],
      ['PostgreSQL', postgres],
    ];
  if (process.env.CI)
    throw new Error(`CI needs PostgreSQL at ${postgresUrl} (set TEST_DATABASE_URL) and none answers`);
  return [['PGlite', pglite]];
}
