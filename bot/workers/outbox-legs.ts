import type { GraphCommand } from '../../src/calls';
import type { OutboxRow } from '../../src/store';
import type { CallResult } from '../graph/graph-result';
import { downloadRecording } from '../graph/recording-download';
import type { OutboxDispatcherDeps } from './outbox-dispatcher';

/**
 * The callbackUri of an outbound call placed for an interaction. Graph sends each call's notifications to
 * its own callbackUri, so naming the interaction and the leg there lets any instance of the deployment
 * route them, even those that arrive before the create request's answer is handled.
 */
export function legCallbackUri(callbackUri: string, interactionId: string, leg: string): string {
  const url = new URL(callbackUri);
  url.searchParams.set('interaction', interactionId);
  url.searchParams.set('leg', leg);
  return url.toString();
}

/** Places the call, then tells the interaction its Graph id (`placed`) or that Graph refused it. */
export async function placeLeg(
  deps: OutboxDispatcherDeps,
  row: OutboxRow,
  command: Extract<GraphCommand, { type: 'graph.placeCall' }>,
): Promise<CallResult> {
  const { tenantId, interactionId } = row;
  const callbackUri = legCallbackUri(deps.callbackUri, interactionId, command.leg);
  const instance = deps.applicationInstanceOf?.(tenantId, command.from);
  const report = (event: { type: 'placed' } | { type: 'placeFailed'; reason: string }, callId?: string) => {
    const at = deps.now();
    return deps.processor.leg(tenantId, interactionId, {
      type: 'leg',
      leg: command.leg,
      callId,
      event: { ...event, at },
      at,
    });
  };
  if (command.target.kind === 'phone' && !instance) {
    await report({ type: 'placeFailed', reason: `no application instance for ${command.from}` });
    return { ok: true, value: undefined };
  }
  const created = await deps.graph.createCall(
    tenantId,
    command.target.kind === 'phone'
      ? { callbackUri, target: command.target, applicationInstanceId: instance as string }
      : { callbackUri, target: command.target, applicationInstanceId: instance },
  );
  if (!created.ok) {
    await report({ type: 'placeFailed', reason: created.error.message });
    return { ok: true, value: undefined };
  }
  await report({ type: 'placed' }, created.value.id);
  return { ok: true, value: undefined };
}

/** Downloads a finished recording with its access token and keeps it. */
export async function keepRecording(
  deps: OutboxDispatcherDeps,
  tenantId: string,
  command: Extract<GraphCommand, { type: 'graph.fetchRecording' }>,
): Promise<CallResult> {
  if (!deps.recordings) throw new Error('no recording storage to keep the recording in');
  const audio = await downloadRecording(command.location, command.token, tenantId);
  await deps.recordings.save(tenantId, command.recordingId, audio);
  return { ok: true, value: undefined };
}
