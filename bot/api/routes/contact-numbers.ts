import type { Store } from '../../../src/store';
import { ApiError } from '../api-error';

/**
 * Refuses (409) a number another contact of the tenant already holds: a caller's number must lead to one
 * customer. `exceptId` is the contact being changed.
 */
export async function assertNumbersFree(
  store: Pick<Store, 'contacts'>,
  tenantId: string,
  numbers: readonly string[],
  exceptId?: string,
): Promise<void> {
  for (const [index, number] of numbers.entries()) {
    const holder = await store.contacts.byNumber(tenantId, number, exceptId);
    if (holder)
      throw new ApiError(
        409,
        'numberTaken',
        `body.phoneNumbers.${index}: ${number} already belongs to contact ${holder.id} (${holder.name})`,
      );
  }
}
