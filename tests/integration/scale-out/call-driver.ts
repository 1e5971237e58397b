import { simulatorControl } from '../contact-center/harness';

/** What the callers and agents saw, for the test's checks. */
export interface DriveResult {
  legs: string[];
  /** Legs an agent's Teams was connected to, at least once. */
  connected: Set<string>;
  /** Moments an agent's Teams rang with two calls at once (a double offer as the agent sees it). */
  doubleRings: string[];
}

/**
 * Plays the callers and the agents through the simulator's control API: keeps up to `inFlight` calls
 * dialled until `calls` were placed (each caller with a number of their own), answers every ring in the
 * agents' Teams, and hangs up after `talkMs`. Resolves when every line has ended, or throws at `deadline`.
 */
export async function driveCalls(options: {
  simulatorUrl: string;
  number: string;
  agents: string[];
  calls: number;
  inFlight: number;
  talkMs: number;
  deadline: number;
  onProgress?: (ended: number) => void;
}): Promise<DriveResult> {
  const control = simulatorControl(options.simulatorUrl);
  const legs: string[] = [];
  const open = new Set<string>();
  const connected = new Set<string>();
  const doubleRings: string[] = [];
  const answering = new Set<string>();
  const hangingUp = new Set<string>();
  let dialled = 0;

  const dial = async () => {
    const from = `+1425600${String(dialled++).padStart(4, '0')}`;
    const response = await control('POST', '/_sim/pstn/calls', { from, to: options.number });
    if (response.status !== 201)
      throw new Error(`dial ${from}: ${response.status} ${JSON.stringify(response.body)}`);
    legs.push(response.body.id);
    open.add(response.body.id);
  };

  const actAsAgents = async () => {
    const users = (await control('GET', '/_sim/users')).body.value as any[];
    const now = Date.now();
    await Promise.all(
      users
        .filter((user) => options.agents.includes(user.id))
        .map(async (user) => {
          if (user.ringing.length > 1)
            doubleRings.push(
              `${user.id} at ${new Date(now).toISOString()}: ${user.ringing.map((r: any) => `${r.kind} ${r.callId} from ${r.from}`).join(', ')}`,
            );
          const call = user.inCall;
          if (call?.pstnCallId) {
            connected.add(call.pstnCallId);
            if (now - Date.parse(call.since) >= options.talkMs && !hangingUp.has(user.id)) {
              hangingUp.add(user.id);
              await control('POST', `/_sim/users/${user.id}/hangup`).finally(() => hangingUp.delete(user.id));
            }
          } else if (user.ringing.length > 0 && !answering.has(user.id)) {
            answering.add(user.id);
            await control('POST', `/_sim/users/${user.id}/answer`, {}).finally(() =>
              answering.delete(user.id),
            );
          }
        }),
    );
  };

  const sweepEnded = async () => {
    const lines = await Promise.all(
      [...open].map(async (id) => (await control('GET', `/_sim/pstn/calls/${id}`)).body),
    );
    for (const line of lines) if (line.state === 'ended') open.delete(line.id);
    options.onProgress?.(legs.length - open.size);
  };

  let round = 0;
  while (dialled < options.calls || open.size > 0) {
    if (Date.now() > options.deadline) {
      const stuck = await Promise.all(
        [...open].slice(0, 3).map(async (id) => {
          const leg = (await control('GET', `/_sim/pstn/calls/${id}`)).body;
          const notices = leg.notifications.map(
            (n: any) => `${n.kind}:${n.state ?? ''}:${n.status ?? 'none'}`,
          );
          return `${id} ${leg.state} to ${JSON.stringify(leg.connectedTo)} heard ${leg.heard.length} notices ${notices.join(',')}`;
        }),
      );
      throw new Error(
        `${open.size} of ${legs.length} calls still open at the deadline (${dialled} dialled): ${stuck.join(' | ')}`,
      );
    }
    while (dialled < options.calls && open.size < options.inFlight) await dial();
    await actAsAgents();
    if (round++ % 10 === 0) await sweepEnded();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { legs, connected, doubleRings };
}
