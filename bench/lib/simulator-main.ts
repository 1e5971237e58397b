/**
 * The simulator in a process of its own for benchmarks (so its work does not share the measured event
 * loops): `tsx bench/lib/simulator-main.ts '<settings JSON>'`. Prints `listening <url>`.
 */
import { startSimulator } from '../../simulator/server';

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}');
  const simulator = await startSimulator({ speed: 1, settings });
  process.stdout.write(`listening ${simulator.url}\n`);
  process.once('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
