/**
 * The agent tab's budget (issue 5): initial JS at most 250 KB gzipped, and the first meaningful render (the
 * workspace drawn with the agent's status and queues from the API) within 1.5 s of navigation in headless
 * Chromium, signed in as the demo's first agent (see `lib/tab-load.ts` for how it loads and its baseline).
 * Run alone: `npx tsx bench/agent-tab.bench.ts [runs]`.
 */
import { measureTabLoads, printTabLoads } from './lib/tab-load';

const JS_GOAL_KB = 250;
const RENDER_GOAL_MS = 1500;

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 7);
  const loads = await measureTabLoads({
    tab: 'agent',
    user: (server) => server.contactCenter.tenants[0]!.agents[0]!.id,
    readyMark: 'switchboard:workspace-ready',
    runs,
  });
  printTabLoads('agent', loads, { jsKb: JS_GOAL_KB, renderMs: RENDER_GOAL_MS });
}

main().catch((error: unknown) => {
  process.stderr.write(`agent-tab bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
