import { openStream } from '../api/sse-client';
import {
  type ApiHarness,
  ann,
  backends,
  bo,
  cy,
  northwind,
  salesNumber,
  startSupervisorCenter,
  sue,
} from './supervisor-harness';

describe.each(backends())('the supervisor’s floor and reports through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeEach(async () => {
    h = await startSupervisorCenter({ store });
  });
  afterEach(() => h.close());

  const status = (agentId: string, body: unknown) =>
    h.api('PUT', `/supervisor/agents/${agentId}/status`, { as: sue, body });
  const named = async (name: string, count: number) =>
    h.until(
      () => h.store.events.list({ tenantId: northwind }),
      (list) => list.filter((e) => e.name === name).length >= count,
    );
  /** Today in Northwind's zone, as the report's dates are read. */
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

  /**
   * Two Sales calls: the first rings Ann (Bo not ready), she answers, the caller hangs up (handled); then,
   * with Ann not ready too, a second caller waits and hangs up (abandoned).
   */
  async function answeredThenAbandoned() {
    await status(bo, { status: 'notReady', reason: 'break' });
    const first = await h.dial(salesNumber, '+14255550123');
    await h.until(
      async () => (await h.user(ann)).ringing.length,
      (n) => n > 0,
    );
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    await named('connected', 1);
    await h.until(
      () => h.store.agents.get(northwind, ann),
      (a) => a?.callSeenInTeams === true,
    );
    await h.control('POST', `/_sim/pstn/calls/${first}/hangup`, {});
    await h.until(
      () => h.store.agents.get(northwind, ann),
      (a) => a?.status === 'available',
    );
    await status(ann, { status: 'notReady', reason: 'lunch' });
    const second = await h.dial(salesNumber, '+14255550124');
    await named('queued', 2);
    await h.control('POST', `/_sim/pstn/calls/${second}/hangup`, {});
    await named('abandoned', 1);
  }

  it('shows tiles, the agent grid and intraday figures that match the calls made', async () => {
    await answeredThenAbandoned();
    const tiles = await h.api('GET', '/supervisor/queues', { as: sue });
    expect(tiles.status).toBe(200);
    const sales = tiles.body.queues.find((q: any) => q.queueId === 'sales');
    expect(sales).toMatchObject({
      name: 'Sales',
      waiting: 0,
      today: { offered: 2, answered: 1 },
      agents: { available: 0, busy: 0, wrapUp: 0, notReady: 2, offline: 0 },
      thresholds: {
        serviceLevelSeconds: 30,
        serviceLevelPercent: 90,
        waitingCalls: 3,
        longestWaitSeconds: 60,
      },
    });
    expect(sales.today.abandoned + sales.today.shortAbandoned).toBe(1);
    expect(sales.today.asaSeconds).toEqual(expect.any(Number));
    expect(tiles.body.queues.map((q: any) => q.queueId)).toEqual(['sales', 'support']);

    const grid = await h.api('GET', '/supervisor/agents?queueId=sales', { as: sue });
    expect(grid.body.agents).toEqual([
      expect.objectContaining({
        agentId: ann,
        name: 'Ann Sales',
        status: 'notReady',
        reason: 'lunch',
        handledToday: 1,
        missedToday: 0,
      }),
      expect.objectContaining({ agentId: bo, status: 'notReady', reason: 'break', handledToday: 0 }),
    ]);
    expect(
      (await h.api('GET', '/supervisor/agents', { as: sue })).body.agents.map((a: any) => a.agentId),
    ).toEqual([ann, bo, cy]);
    expect((await h.api('GET', '/supervisor/agents?queueId=nowhere', { as: sue })).status).toBe(404);

    const intraday = await h.api('GET', '/supervisor/intraday?queueId=sales', { as: sue });
    expect(intraday.body.intervals.length).toBeGreaterThanOrEqual(92);
    const busy = intraday.body.intervals.filter((i: any) => i.offered > 0);
    const sum = (key: string) => busy.reduce((n: number, i: any) => n + i[key], 0);
    expect([sum('offered'), sum('answered'), sum('abandoned')]).toEqual([2, 1, 1]);
  });

  it('reports a date range with Erlang C beside staffing, and exports it and the interactions as CSV', async () => {
    await answeredThenAbandoned();
    const range = `from=${today()}&to=${today()}&queues=sales`;
    const report = await h.api('GET', `/supervisor/report?${range}`, { as: sue });
    expect(report.status).toBe(200);
    const [sales] = report.body.queues;
    expect(report.body.queues).toHaveLength(1);
    expect(sales).toMatchObject({ queueId: 'sales', targetServiceLevel: 0.9 });
    expect(sales.intervals[0]).toMatchObject({ offered: 2, answered: 1, overflowed: 0 });
    expect(sales.intervals[0].agentsNeeded).toBeGreaterThanOrEqual(1);
    expect(sales.intervals[0].agentsStaffed).toBeGreaterThan(0);

    const csv = await h.api('GET', `/supervisor/report/csv?${range}`, { as: sue });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, row, end] = (csv.body as string).split('\r\n');
    expect(header).toBe(
      'queueId,queueName,intervalStart,intervalEnd,offered,answered,answeredInSl,abandoned,shortAbandoned,overflowed,serviceLevel,asaSeconds,ahtSeconds,abandonRate,averageWaitSeconds,longestWaitSeconds,agentsNeeded,agentsStaffed',
    );
    const cells = row!.split(',');
    expect(cells.slice(0, 2)).toEqual(['sales', 'Sales']);
    expect(cells.slice(4, 6)).toEqual(['2', '1']);
    expect(end).toBe('');

    const list = await h.api('GET', `/supervisor/interactions?${range}`, { as: sue });
    expect(list.body.interactions.map((i: any) => [i.caller, i.endReason])).toEqual([
      ['+14255550123', 'handled'],
      ['+14255550124', 'abandonedInQueue'],
    ]);
    const exported = (await h.api('GET', `/supervisor/interactions/csv?${range}`, { as: sue }))
      .body as string;
    const lines = exported.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    // A leading + could start a formula in a spreadsheet: the field is marked as text with a quote.
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(["'+14255550123", "'+14255550124"]);
    expect(lines[1]).toContain(`,${ann},`);
  });

  it('names wrong report inputs', async () => {
    const backwards = await h.api('GET', '/supervisor/report?from=2026-02-10&to=2026-02-01', { as: sue });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([
      { in: 'query', field: 'to', message: 'must not be before from' },
    ]);
    const size = await h.api('GET', '/supervisor/report?from=2026-02-01&to=2026-02-01&size=7', { as: sue });
    expect(size.body.error.details.map((d: any) => d.field)).toEqual(['size']);
    const unknown = await h.api(
      'GET',
      `/supervisor/report?from=${today()}&to=${today()}&queues=sales,nowhere`,
      { as: sue },
    );
    expect(unknown.body.error.details[0]).toMatchObject({ in: 'query', field: 'queues' });
    expect(unknown.body.error.details[0].message).toContain('no queue nowhere');
    const missing = await h.api('GET', '/supervisor/interactions', { as: sue });
    expect(missing.body.error.details.map((d: any) => d.field).sort()).toEqual(['from', 'to']);
  });

  it('pushes the tiles over the stream when a call queues, and when the grid changes', async () => {
    await status(ann, { status: 'notReady', reason: 'break' });
    await status(bo, { status: 'notReady', reason: 'break' });
    const stream = await openStream(`${h.server.url}/api/v1/supervisor/stream`, {
      authorization: `Bearer ${await h.token(sue)}`,
    });
    expect(stream.status).toBe(200);
    try {
      await stream.live();
      const salesOf = (e: any) => e.data.queues.find((q: any) => q.queueId === 'sales');
      const first = await stream.next((e) => e.event === 'snapshot');
      expect(salesOf(first)).toMatchObject({ waiting: 0 });
      await h.dial();
      const queued = await stream.next((e) => e.event === 'snapshot' && salesOf(e).waiting === 1);
      expect(salesOf(queued).today.offered).toBe(1);
      await status(cy, { status: 'notReady', reason: 'training' });
      const grid = await stream.next(
        (e) =>
          e.event === 'snapshot' && e.data.agents.find((a: any) => a.agentId === cy).status === 'notReady',
      );
      expect(Number(grid.id)).toBeGreaterThan(Number(queued.id));
      const agent = await openStream(`${h.server.url}/api/v1/supervisor/stream`, {
        authorization: `Bearer ${await h.token(ann)}`,
      });
      expect(agent.status).toBe(403);
    } finally {
      stream.close();
    }
  });
});
