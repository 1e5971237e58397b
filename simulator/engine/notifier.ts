import { randomUUID } from 'node:crypto';
import type { SimClock } from '../clock';
import type { Faults } from '../faults';

/** One entry of a commsNotifications envelope. */
export interface CommsNotification {
  changeType: 'created' | 'updated' | 'deleted';
  resourceUrl: string;
  resourceData: Record<string, unknown> | Record<string, unknown>[];
}

/** A notification as delivered (or not), kept for the control API and tests. */
export interface DeliveryRecord {
  id: string;
  kind: string;
  changeType: string;
  resourceUrl: string;
  state?: string;
  at: string;
  uri: string;
  /** HTTP status the bot answered, absent when it did not answer in time or was unreachable. */
  status?: number;
  delivered: boolean;
  dropped?: boolean;
  error?: string;
  body: unknown;
}

export interface NotifierOptions {
  clock: SimClock;
  faults: Faults;
  /** Signs one notification for the bot app in a tenant (the calling service's bearer JWT). */
  sign(appId: string, tenantId: string): Promise<string>;
  /** How long a bot has to answer a notification with 2xx (Graph: 5 s). */
  ackDeadlineMs: number;
}

export interface Target {
  uri: string;
  appId: string;
  tenantId: string;
  callChainId: string;
}

/**
 * Sends signed notifications to bots. Deliveries for one call go out one after another, in order,
 * as Graph's do; different calls are independent.
 */
export class Notifier {
  private readonly chains = new Map<string, Promise<unknown>>();
  readonly records = new Map<string, DeliveryRecord[]>();

  constructor(private readonly options: NotifierOptions) {}

  /** Queues a notification for a call; resolves with whether the bot acknowledged it in time. */
  send(callId: string, target: Target, kind: string, notification: CommsNotification): Promise<boolean> {
    const previous = this.chains.get(callId) ?? Promise.resolve();
    const next = previous.then(() => this.deliverWithFaults(callId, target, kind, notification));
    this.chains.set(
      callId,
      next.catch(() => false),
    );
    return next;
  }

  /** Sends a body that is not a Graph envelope (the legacy Skype format) and returns the bot's status. */
  sendRaw(callId: string, target: Target, kind: string, body: unknown): Promise<number | undefined> {
    const previous = this.chains.get(callId) ?? Promise.resolve();
    const next = previous.then(async () => (await this.post(callId, target, kind, body, {})).status);
    this.chains.set(
      callId,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Waits until everything queued for a call has been sent. */
  async settle(callId: string): Promise<void> {
    await this.chains.get(callId);
  }

  forCall(callId: string): DeliveryRecord[] {
    return this.records.get(callId) ?? [];
  }

  private async deliverWithFaults(
    callId: string,
    target: Target,
    kind: string,
    notification: CommsNotification,
  ): Promise<boolean> {
    const body = envelope(notification);
    const meta = { changeType: notification.changeType, resourceUrl: notification.resourceUrl };
    if (this.options.faults.take('drop', kind)) {
      // Lost on the way: Graph hears nothing back and gives up when the acknowledgement deadline passes.
      this.record(callId, { ...this.base(target, kind, body, meta), delivered: false, dropped: true });
      await this.options.clock.sleep(this.options.ackDeadlineMs);
      return false;
    }
    const first = await this.post(callId, target, kind, body, meta);
    if (this.options.faults.take('duplicate', kind)) await this.post(callId, target, kind, body, meta);
    return first.delivered;
  }

  private async post(
    callId: string,
    target: Target,
    kind: string,
    body: unknown,
    meta: { changeType?: string; resourceUrl?: string },
  ): Promise<DeliveryRecord> {
    const record = this.base(target, kind, body, meta);
    try {
      const token = await this.options.sign(target.appId, target.tenantId);
      const response = await fetch(target.uri, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'user-agent': 'Microsoft-Skype/3.0,(Calling/1.0)',
          'x-microsoft-skype-chain-id': target.callChainId,
          'x-microsoft-skype-message-id': record.id,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(Math.max(1, this.options.clock.real(this.options.ackDeadlineMs))),
      });
      await response.arrayBuffer();
      record.status = response.status;
      record.delivered = response.status >= 200 && response.status < 300;
    } catch (error) {
      record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    this.record(callId, record);
    return record;
  }

  private base(
    target: Target,
    kind: string,
    body: unknown,
    meta: { changeType?: string; resourceUrl?: string },
  ): DeliveryRecord {
    const data = (body as { value?: { resourceData?: { state?: string } }[] }).value?.[0]?.resourceData;
    return {
      id: randomUUID(),
      kind,
      changeType: meta.changeType ?? 'legacy',
      resourceUrl: meta.resourceUrl ?? '',
      ...(data && !Array.isArray(data) && data.state ? { state: data.state } : {}),
      at: new Date(this.options.clock.now()).toISOString(),
      uri: target.uri,
      delivered: false,
      body,
    };
  }

  private record(callId: string, record: DeliveryRecord): void {
    const list = this.records.get(callId) ?? [];
    list.push(record);
    this.records.set(callId, list);
  }
}

/** Wraps one notification in Graph's envelope, with the legacy `resource` path real payloads carry. */
export function envelope(notification: CommsNotification): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.commsNotifications',
    value: [
      {
        '@odata.type': '#microsoft.graph.commsNotification',
        changeType: notification.changeType,
        resource: notification.resourceUrl.replace('/communications/', '/app/'),
        resourceUrl: notification.resourceUrl,
        resourceData: notification.resourceData,
      },
    ],
  };
}
