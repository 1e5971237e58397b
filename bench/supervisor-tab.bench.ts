/**
 * The supervisor tab's budget (issue 6): initial JS at most 300 KB gzipped (the intraday chart and the report
 * load on demand and are reported apart), and the first meaningful render (the floor drawn from the
 * supervisor stream's first snapshot) in headless Chromium, signed in as the demo's first supervisor (see
 * `lib/tab-load.ts` for how it loads and its baseline).
 * Run alone: `npx tsx bench/supervisor-tab.bench.ts [runs]`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TABS_DIST } from '../bot/tabs';
import { gzippedKb, measureTabLoads, printTabLoads } from './lib/tab-load';

const JS_GOAL_KB = 300;
/** The issue sets none for this tab: the agent tab's goal, as "the same standards". */
const RENDER_GOAL_MS = 1500;

/** Gzipped size of a chunk loaded on demand, by the start of its file name, in KB. */
function lazyChunkKb(prefix: string): number {
  const file = readdirSync(join(TABS_DIST, 'assets')).find((name) => name.startsWith(`${prefix}-`));
  return file ? gzippedKb(`assets/${file}`) : Number.NaN;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 7);
  const loads = await measureTabLoads({
    tab: 'supervisor',
    user: (server) => {
      const supervisorId = server.contactCenter.tenants[0]!.supervisors[0];
      if (!supervisorId) throw new Error('the demo contact center has no supervisor');
      return supervisorId;
    },
    readyMark: 'switchboard:floor-ready',
    runs,
  });
  printTabLoads('supervisor', loads, { jsKb: JS_GOAL_KB, renderMs: RENDER_GOAL_MS }, [
    ['intraday chunk (gzip, on demand)', `${lazyChunkKb('intraday-view').toFixed(1)} KB`, '-', '-', '-', '-'],
    ['report chunk (gzip, on demand)', `${lazyChunkKb('report-view').toFixed(1)} KB`, '-', '-', '-', '-'],
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`supervisor-tab bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
