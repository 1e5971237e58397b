import type { Store } from '../../../src/store';
import { agentCases } from './store-contract.agents';
import { eventCases } from './store-contract.events';
import { inboxCases } from './store-contract.inbox';
import { interactionCases } from './store-contract.interactions';
import { matchCases } from './store-contract.matching';
import { migrationCases } from './store-contract.migrations';
import { outboxCases } from './store-contract.outbox';
import { timerCases } from './store-contract.timers';
import { transactionCases } from './store-contract.transactions';

/** Cases a back end cannot pass, listed with the reason (never deleted). */
export interface SkippedCases {
  reason: string;
  tests: string[];
}

/** How the contract reaches the back end under test. */
export interface ContractOptions {
  skip?: SkippedCases[];
  /** The migrations journal table, qualified (`drizzle.__drizzle_migrations` unless given). */
  journal?: string;
}

/** What each facet of the contract gets: the open store, a reopen, and `it` that honours the skip list. */
export interface ContractContext {
  store(): Store;
  /** Opens the same database again, as a second `createStore` would. */
  open(): Promise<Store>;
  journal: string;
  it(name: string, test: () => Promise<void>): void;
}

/**
 * The store's contract, run on every back end: `makeStore` opens the database under test, and calling it
 * again opens the same database again (the way a second instance or a restart would).
 */
export function describeStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  options: ContractOptions = {},
): void {
  describe(name, () => {
    let store: Store | undefined;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close();
    });
    const ctx: ContractContext = {
      store: () => {
        if (store === undefined) throw new Error('the store did not open');
        return store;
      },
      open: makeStore,
      journal: options.journal ?? 'drizzle.__drizzle_migrations',
      it: (testName, test) => {
        const skipped = options.skip?.find((s) => s.tests.includes(testName));
        if (skipped === undefined) it(testName, test);
        else it.skip(`${testName} [skipped: ${skipped.reason}]`, test);
      },
    };
    describe('migrations', () => migrationCases(ctx));
    describe('interactions', () => interactionCases(ctx));
    describe('agents', () => agentCases(ctx));
    describe('matching', () => matchCases(ctx));
    describe('event log', () => eventCases(ctx));
    describe('outbox', () => outboxCases(ctx));
    describe('timers', () => timerCases(ctx));
    describe('transactions', () => transactionCases(ctx));
    describe('inbox', () => inboxCases(ctx));
  });
}
