import { join } from 'node:path';
import type { Store } from '../../../src/store';
import { type ApiHarness, startApiCenter } from '../api/api-harness';

export * from '../api/api-harness';

/** The supervisor tests' contact center: the API tests' with thresholds on Sales and a short support wrap-up. */
export function startSupervisorCenter(options: { store: () => Promise<Store> }): Promise<ApiHarness> {
  return startApiCenter({ ...options, configFile: join(__dirname, 'supervisor-center.yaml') });
}
