import { type BodyCheck, isJsonObject, refuse } from './body-check';
import { checkResource } from './check-value';
import { creationPropertiesMissing } from './odata-messages';
import { graphV1Model } from './schema-model';
import { canonicalTypeName, displayTypeName } from './type-names';

/** What Graph needs to create an entity beyond its shape: properties required, and groups needing one of. */
interface CreateRule {
  readonly required: readonly string[];
  readonly oneOf: readonly (readonly string[])[];
}

const CREATE_RULES: Readonly<Record<string, CreateRule>> = {
  // Graph docs, application-post-calls.md: callbackUri, targets (P2P) or meetingInfo (join), modalities, media.
  'graph.call': {
    required: ['callbackUri', 'requestedModalities', 'mediaConfig'],
    oneOf: [['targets', 'meetingInfo']],
  },
};

/**
 * Checks a body that is an entity, e.g. `('graph.call', body)` for `POST /communications/calls`: its
 * `@odata.type`, every property against the type, and the properties Graph needs to create one. Scenario
 * rules (a PSTN call needs an application instance and `tenantId`) are the caller's. Throws for an unknown type.
 */
export function checkEntityBody(type: string, body: unknown): BodyCheck {
  const name = canonicalTypeName(type);
  if (!graphV1Model.structuredType(name)) throw new Error(`Graph v1.0 has no type '${type}'`);
  const payload = body === undefined ? {} : body;
  const shape = checkResource(graphV1Model, payload, name, [], { requireNonNullable: false });
  if (!shape.ok || !isJsonObject(payload)) return shape;
  const rule = CREATE_RULES[name] ?? defaultRule(name);
  const present = (key: string) => {
    const value = payload[key];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  };
  const missing = [...rule.required.map((key) => [key]), ...rule.oneOf].filter(
    (group) => !group.some(present),
  );
  if (!missing.length) return { ok: true };
  const names = missing.map((group) => group.join(' or '));
  return refuse(creationPropertiesMissing(displayTypeName(name), names), [missing[0]![0]!]);
}

/** Without a known rule, the non-nullable properties are required, except the key the service assigns. */
function defaultRule(name: string): CreateRule {
  const properties = graphV1Model.structuredType(name)?.properties ?? new Map();
  const required = [...properties].filter(([key, p]) => !p.nullable && key !== 'id').map(([key]) => key);
  return { required, oneOf: [] };
}
