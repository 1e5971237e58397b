/**
 * @module simulator/graph/schema
 * Checks the bodies a bot sends to the simulated Graph calling API against Microsoft's own v1.0 schema
 * (`graph-v1-calls-csdl.json`, copied from Graph's CSDL), the way Graph's OData layer does: unknown
 * parameters and properties, required ones, primitive types, enum members and `@odata.type`. A refused
 * body comes back with Graph's wording, for the caller to answer as 400 `BadRequest`.
 */
export type { BodyCheck } from './body-check';
export { checkActionBody } from './check-action-body';
export { checkEntityBody } from './check-entity-body';
