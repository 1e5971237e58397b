import type { EventRow, Store } from '../../../src/store';

const PAGE = 5000;

/** Every event of the tenant at or after `since`, in log order, read in pages. */
export async function readEvents(
  store: Pick<Store, 'events'>,
  tenantId: string,
  since: number,
): Promise<EventRow[]> {
  const all: EventRow[] = [];
  await forEachEventPage(store, tenantId, since, (page) => all.push(...page));
  return all;
}

/**
 * Hands each page of the tenant's events at or after `since` to `visit`, in log order, and returns the last
 * seq read: a day of a busy center is folded without holding it all in memory or the event loop for long.
 */
export async function forEachEventPage(
  store: Pick<Store, 'events'>,
  tenantId: string,
  since: number,
  visit: (page: EventRow[]) => void,
): Promise<number | undefined> {
  let afterSeq: number | undefined;
  for (;;) {
    // Only the first page asks by time. After it, asking by time too would let PostgreSQL walk the
    // (tenant, at) index and sort on every page, reading the whole day again per page; by seq alone
    // each page starts where the last ended. The log is written in time order, so nothing is lost.
    const page = await store.events.list(
      afterSeq === undefined ? { tenantId, since, limit: PAGE } : { tenantId, afterSeq, limit: PAGE },
    );
    visit(page);
    afterSeq = page.at(-1)?.seq ?? afterSeq;
    if (page.length < PAGE) return afterSeq;
  }
}
