import { type BodyCheck, isAnnotation, isJsonObject, refuse } from './body-check';
import { checkValue } from './check-value';
import { nodeKind, notAParameter, parametersMissing, unexpectedNode } from './odata-messages';
import { graphV1Model } from './schema-model';

/**
 * Checks the body of a bound action, e.g. `('graph.call', 'answer', body)`, against Graph v1.0's
 * parameters: no unknown parameter, every non-nullable one present, each value of its declared type.
 * An absent body counts as `{}` (`keepAlive` takes none). Throws if Graph has no such action.
 *
 * @example
 * const check = checkActionBody('graph.call', 'reject', { reason: 'busy' });
 * if (!check.ok) return graphError(400, 'BadRequest', check.message);
 */
export function checkActionBody(boundType: string, action: string, body: unknown): BodyCheck {
  const operation = graphV1Model.action(boundType, action);
  if (!operation) throw new Error(`Graph v1.0 has no action '${action}' bound to '${boundType}'`);
  const payload = body === undefined ? {} : body;
  if (!isJsonObject(payload)) return refuse(unexpectedNode(nodeKind(payload), 'StartObject'), []);
  for (const [key, value] of Object.entries(payload)) {
    // Annotations pass: Graph's SDK sent "@odata.type": "#microsoft.graph.callAnswerRequestBody" (comms-samples#508).
    if (value === undefined || isAnnotation(key)) continue;
    // OData refuses undeclared parameters; Graph's docs dropped transfer's clientContext so (graph-docs PR #12161).
    const param = Object.hasOwn(operation.params, key) ? operation.params[key] : undefined;
    if (!param) return refuse(notAParameter(key, action), [key]);
    const result = checkValue(graphV1Model, value, param, [key]);
    if (!result.ok) return result;
  }
  const missing = Object.entries(operation.params)
    .filter(([key, p]) => p && !p.nullable && payload[key] === undefined)
    .map(([key]) => key);
  return missing.length ? refuse(parametersMissing(action, missing), [missing[0]!]) : { ok: true };
}
