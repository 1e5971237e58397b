import type { EventRow, Store } from '../../../src/store';

const PAGE = 5000;

/** Every event of the tenant at or after `since`, in log order, read in pages. */
export async function readEvents(
  store: Pick<Store, 'events'>,
  tenantId: string,
  since: number,
): Promise<EventRow[]> {
  const all: EventRow[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.events.list({
      tenantId,
      since,
      limit: PAGE,
      ...(afterSeq === undefined ? {} : { afterSeq }),
    });
    all.push(...page);
    if (page.length < PAGE) return all;
    afterSeq = page.at(-1)?.seq;
  }
}
