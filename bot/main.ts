import { startSimulator } from '../simulator/server';
import { configOrThrow, parseEnvironment } from '../src/config';
import { startServer } from './server';

/** `npm start`: the contact center on the environment's settings, or its embedded defaults. */
async function main(): Promise<void> {
  const env = configOrThrow(parseEnvironment(process.env), 'environment');
  const server = await startServer({
    env,
    // Against a simulator (a demo or a test) agents start ready; in a real tenant they sign in from the tab.
    agentsStartAvailable: env.cloud.kind !== 'microsoft',
    startSimulator: (port) => startSimulator({ port }),
  });
  const numbers = server.contactCenter.tenants.flatMap((t) =>
    t.numbers.map((n) => `${n.phoneNumber} (${t.name}, ${n.name})`),
  );
  process.stdout.write(
    [
      '',
      `Switchboard is running on ${server.url}`,
      ...(server.simulatorUrl
        ? [
            `Dial the contact center as a caller, and answer as an agent in Teams: ${server.simulatorUrl}/_sim/`,
          ]
        : []),
      `Numbers: ${numbers.join(', ')}`,
      `Health: ${server.url}/healthz   Metrics: ${server.url}/metrics`,
      '',
    ].join('\n'),
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`switchboard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
