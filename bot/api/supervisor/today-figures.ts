import { applyEvent, createLiveState, type LiveState, startOfDay } from '../../../src/analytics';
import type { Tenant } from '../../../src/config';
import type { Store } from '../../../src/store';
import { type EventTail, ReplayTooLongError } from '../realtime/event-tail';
import { forEachEventPage } from './read-events';

/**
 * Today's live figures per tenant, in quarter-hours: tiles, the agent grid, the intraday chart and the
 * supervisor stream all read the same state. Folded from the log on a tenant's first read (a day of a
 * busy center is a million events), then kept current from the event tail at O(1) per event, so a read
 * costs what is new since the last one.
 */
export interface TodayFigures {
  /** The tenant's figures, including every event committed before the call (a read sees its writes). */
  read(tenant: Tenant, now: number): Promise<Today>;
  /** Stops following every tenant. */
  close(): void;
}

/** One tenant's figures, changed in place as events arrive. */
export interface Today {
  readonly live: LiveState;
  /** The last event-log seq counted. */
  readonly lastSeq: number;
}

interface Kept extends Today {
  lastSeq: number;
  stop: () => void;
}

export function createTodayFigures(store: Pick<Store, 'events' | 'history'>, tail: EventTail): TodayFigures {
  const kept = new Map<string, Promise<Kept>>();

  const keep = async (tenant: Tenant, now: number): Promise<Kept> => {
    for (;;) {
      const live = createLiveState({ now, timeZone: tenant.timeZone, size: 15, queues: tenant.queues });
      // Read first: on a quiet day the fold may be empty, and the tail follows on from here.
      const before = await store.history.lastSeq(tenant.id);
      // From an hour before local midnight, so callers already waiting at midnight are known.
      const from = startOfDay(now, tenant.timeZone) - 3600_000;
      const last = await forEachEventPage(store, tenant.id, from, (page) => {
        for (const event of page) applyEvent(live, event);
      });
      const figures: Kept = { live, lastSeq: last ?? before, stop: () => undefined };
      try {
        figures.stop = await tail.follow(tenant.id, figures.lastSeq, (event) => {
          applyEvent(live, event);
          figures.lastSeq = event.seq;
        });
        return figures;
      } catch (error) {
        // More events than a replay allows arrived during the fold: fold again from the log.
        if (!(error instanceof ReplayTooLongError)) throw error;
      }
    }
  };

  return {
    async read(tenant, now) {
      let figures = kept.get(tenant.id);
      if (!figures) {
        figures = keep(tenant, now);
        kept.set(tenant.id, figures);
        figures.catch(() => kept.delete(tenant.id));
      }
      const today = await figures;
      await tail.catchUp(tenant.id);
      return today;
    },
    close() {
      for (const figures of kept.values())
        void figures.then(
          ({ stop }) => stop(),
          () => undefined,
        );
      kept.clear();
    },
  };
}
