import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Store } from '../../../src/store';
import type { ContractContext } from './store-contract';
import { anInteraction, newTenant } from './store-fixtures';

/** How many migrations ship with the store. */
export const shippedMigrations = readMigrationFiles({
  migrationsFolder: join(__dirname, '../../../src/store/migrations'),
}).length;

/** How many migrations a database's journal records. */
export async function appliedMigrations(store: Store, journal: string): Promise<number> {
  const result = await store.db.execute(sql.raw(`select count(*)::int as n from ${journal}`));
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

export const reopening = 'opening the same database again applies no migration twice and keeps the rows';

/** Migrations run at every start and apply each change once. */
export function migrationCases(ctx: ContractContext): void {
  ctx.it('records every shipped migration in the journal', async () => {
    expect(await appliedMigrations(ctx.store(), ctx.journal)).toBe(shippedMigrations);
  });

  ctx.it(reopening, async () => {
    const tenantId = newTenant();
    const stored = anInteraction(tenantId);
    await ctx.store().interactions.insert(stored);
    const again = await ctx.open();
    try {
      expect(await again.interactions.get(tenantId, stored.id)).toEqual(stored);
      expect(await appliedMigrations(again, ctx.journal)).toBe(shippedMigrations);
    } finally {
      await again.close();
    }
  });
}
