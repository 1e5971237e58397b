import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startSimulator } from './server';

/** `npm run simulator -- --port 4000 [--host 127.0.0.1] [--speed 20] [--ring-seconds 20] [--faults faults.json]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      speed: { type: 'string', default: '1' },
      'ring-seconds': { type: 'string', default: '20' },
      faults: { type: 'string' },
    },
  });
  const number = (name: string, text: string | undefined, min: number) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`--${name}: expected a number >= ${min}, got "${text}"`);
    return n;
  };
  const simulator = await startSimulator({
    port: number('port', values.port, 0),
    host: values.host,
    speed: number('speed', values.speed, 0.001),
    settings: { ringMs: number('ring-seconds', values['ring-seconds'], 1) * 1000 },
    faults: values.faults ? JSON.parse(readFileSync(values.faults, 'utf8')) : [],
  });
  process.stdout.write(
    [
      `Teams-in-a-box simulator on ${simulator.url}`,
      `  page:            ${simulator.controlUrl}/`,
      `  GRAPH_BASE_URL=${simulator.graphBaseUrl}`,
      `  AUTHORITY_HOST=${simulator.authorityHost}`,
      `  CALLING_OPENID_METADATA_URL=${simulator.callingOpenIdUrl}`,
      '',
    ].join('\n'),
  );
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
