import type { Logger } from 'pino';
import type { CallProcessor, GraphCommand } from '../../src/calls';
import type { Prompt } from '../../src/config';
import type { OutboxRow, Store } from '../../src/store';
import type { RecordingStorage } from '../../src/voice';
import { GraphError, type GraphPort, type MediaInfo } from '../graph';
import { type Loop, startLoop } from './loop';
import { keepRecording, placeLeg } from './outbox-legs';

export interface OutboxDispatcherDeps {
  store: Store;
  graph: GraphPort;
  processor: CallProcessor;
  resolvePrompt(prompt: Prompt): MediaInfo;
  /** Where Graph sends this deployment's notifications (names the deployment, not an instance). */
  callbackUri: string;
  instanceId: string;
  logger: Logger;
  now(): number;
  /** Attempts before a command that keeps failing is given up; 8 unless given. */
  maxAttempts?: number;
  /** The application instance (resource account) of a number of the tenant: outbound PSTN calls come from it. */
  applicationInstanceOf?(tenantId: string, phone: string): string | undefined;
  /** Where downloaded recordings are kept. */
  recordings?: RecordingStorage;
}

/**
 * Graph drops a call not answered within 15 s: an answer claimed by an instance that then died must go out
 * from another well before that. Sent twice, the second answer is refused (400) and given up, harmlessly.
 */
export const ANSWER_LEASE_MS = 5_000;

/**
 * Sends the outbox's Graph commands: at once after each commit, and on a short tick for retries and for
 * commands a crashed instance left behind. A call's commands go out in order, one at a time.
 */
export function startOutboxDispatcher(deps: OutboxDispatcherDeps): Loop {
  const { store, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 8;

  async function drain(): Promise<void> {
    for (;;) {
      const due = await store.outbox.claimDue({
        instanceId: deps.instanceId,
        now: deps.now(),
        limit: 100,
        leaseMsByType: { 'graph.answer': ANSWER_LEASE_MS },
      });
      if (due.length === 0) return;
      await Promise.all(due.map(deliver));
    }
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const command = row.command as GraphCommand;
    const log = logger.child({
      tenantId: row.tenantId,
      interactionId: row.interactionId,
      callId: row.callId,
      command: command.type,
    });
    try {
      const result = await send(row.tenantId, command, row);
      if (result.ok) {
        await store.outbox.markSent(row.id, deps.now());
        return;
      }
      log.warn({ reason: result.reason, err: result.error }, 'Graph refused the command; not retried');
      await store.outbox.discard(row.id, `${result.reason}: ${result.error.message}`, deps.now());
      if (result.reason === 'targetRefused' && command.type === 'graph.transfer') {
        // Graph refused the target outright: the caller goes back to the queue as after a failed transfer.
        await deps.processor.event(row.tenantId, command.callId, {
          type: 'transferFailed',
          code: result.error.status,
          subcode: 0,
          at: deps.now(),
        });
      }
    } catch (error) {
      const retryable = !(error instanceof GraphError) || error.status === 429 || error.status >= 500;
      if (!retryable || row.attempts >= maxAttempts) {
        log.error({ err: error, attempts: row.attempts }, 'Graph command failed; giving up');
        await store.outbox.discard(row.id, String(error), deps.now());
        return;
      }
      const backoff = Math.min(30_000, 250 * 2 ** row.attempts);
      log.warn(
        { err: error, attempts: row.attempts, retryInMs: backoff },
        'Graph command failed; will retry',
      );
      await store.outbox.markFailed(row.id, String(error), deps.now() + backoff);
    }
  }

  function send(tenantId: string, command: GraphCommand, row: OutboxRow) {
    const { graph } = deps;
    switch (command.type) {
      case 'graph.placeCall':
        return placeLeg(deps, row, command);
      case 'graph.record':
        return graph.recordResponse(tenantId, command.callId, {
          prompt: command.prompts.map(deps.resolvePrompt)[0],
          maxRecordDurationInSeconds: command.maxSeconds,
          initialSilenceTimeoutInSeconds: 10,
          maxSilenceTimeoutInSeconds: 10,
          playBeep: true,
          stopTones: ['#'],
          clientContext: command.context,
        });
      case 'graph.fetchRecording':
        return keepRecording(deps, tenantId, command);
      case 'graph.answer':
        return graph.answer(tenantId, command.callId, {
          callbackUri: deps.callbackUri,
          prefetch: command.prefetch.map(deps.resolvePrompt),
        });
      case 'graph.play':
        return graph.playPrompts(
          tenantId,
          command.callId,
          command.prompts.map(deps.resolvePrompt),
          command.context,
        );
      case 'graph.subscribeToTone':
        return graph.subscribeToTone(tenantId, command.callId);
      case 'graph.cancelMedia':
        return graph.cancelMediaProcessing(tenantId, command.callId);
      case 'graph.transfer':
        return command.target.kind === 'user'
          ? graph.transferToUser(
              tenantId,
              command.callId,
              command.target.userId,
              command.target.replacesCallId,
            )
          : graph.transferToPhone(tenantId, command.callId, command.target.phone);
      case 'graph.hangUp':
        return graph.hangUp(tenantId, command.callId);
      case 'graph.keepAlive':
        return graph.keepAlive(tenantId, command.callId);
    }
  }

  return startLoop('outbox', 500, drain, logger);
}
