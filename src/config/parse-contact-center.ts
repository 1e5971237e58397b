import { type ConfigProblem, configErrorMap, formatProblem, problemsFromZod } from './config-problem';
import type { ConfigResult } from './config-result';
import { checkFile, checkTenant } from './contact-center.check';
import { type ContactCenter, ContactCenterSchema } from './contact-center.schema';
import { salvagedTenantViews, tenantView } from './contact-center.view';
import { deepFreeze } from './deep-freeze';

/**
 * The validated contact center, or every problem with its path: settings, then references and uniqueness.
 * When some items are invalid, the references of the valid ones are still checked, so one pass finds all.
 */
export function checkContactCenter(
  data: unknown,
): { ok: true; value: ContactCenter } | { ok: false; problems: ConfigProblem[] } {
  const result = ContactCenterSchema.safeParse(data, { error: configErrorMap });
  const views = result.success ? result.data.tenants.map(tenantView) : salvagedTenantViews(data);
  const problems = [
    ...(result.success ? [] : problemsFromZod(result.error.issues)),
    ...views.flatMap(checkTenant),
    ...checkFile(views),
  ];
  return result.success && problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

/**
 * Validates contact-center data already read (from YAML, JSON or the admin API) and returns it frozen, or one
 * error per problem: `tenants[0].queues[2].maxWait: expected seconds > 0`. Prompt files are not looked at.
 */
export function parseContactCenter(data: unknown): ConfigResult<ContactCenter> {
  const checked = checkContactCenter(data);
  return checked.ok
    ? { ok: true, value: deepFreeze(checked.value) }
    : { ok: false, errors: checked.problems.map(formatProblem) };
}
