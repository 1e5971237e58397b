import { isSupportedPrimitive } from './check-primitive';
import type { Csdl, CsdlAction, CsdlEnumType, CsdlProperty } from './csdl.types';
import csdl from './graph-v1-calls-csdl.json';
import { localTypeName, parseTypeRef } from './type-names';

/** An entity or complex type with its inheritance resolved: its own and inherited properties together. */
export interface StructuredType {
  /** CSDL form, e.g. `graph.serviceHostedMediaConfig`. */
  readonly name: string;
  readonly abstract: boolean;
  /** True when the type or one of its ancestors is open, so it accepts undeclared properties. */
  readonly open: boolean;
  readonly properties: ReadonlyMap<string, CsdlProperty>;
  readonly navigationProperties: ReadonlySet<string>;
  /** The type's own name followed by its ancestors' names, nearest first. */
  readonly lineage: readonly string[];
}

/** Lookups over a CSDL document: actions by bound type, structured and enum types by name. */
export interface SchemaModel {
  action(boundType: string, name: string): CsdlAction | undefined;
  structuredType(name: string): StructuredType | undefined;
  enumType(name: string): CsdlEnumType | undefined;
  /**
   * Types that properties refer to but the document leaves out (it is a subset of Graph's CSDL). A value
   * of one of them cannot be checked; the checker throws rather than let it through unchecked.
   */
  readonly missingTypes: readonly string[];
}

/**
 * Builds the lookups over a CSDL document. Throws if an action parameter or a base type refers to a type
 * the document does not define or the checker cannot check, so such a gap shows at load, not mid-request.
 */
export function createSchemaModel(doc: Csdl): SchemaModel {
  const declared = (name: string) => {
    const local = localTypeName(name);
    if (local === undefined) return undefined;
    return doc.entityTypes[local] ?? doc.complexTypes[local];
  };
  const cache = new Map<string, StructuredType>();
  const structuredType = (name: string): StructuredType | undefined => {
    const cached = cache.get(name);
    if (cached) return cached;
    const type = declared(name);
    if (!type) return undefined;
    const parent = type.base ? structuredType(type.base) : undefined;
    const resolved: StructuredType = {
      name,
      abstract: type.abstract ?? false,
      open: (type.open ?? false) || (parent?.open ?? false),
      properties: new Map([...(parent?.properties ?? []), ...Object.entries(type.props)]),
      navigationProperties: new Set([...(parent?.navigationProperties ?? []), ...(type.nav ?? [])]),
      lineage: [name, ...(parent?.lineage ?? [])],
    };
    cache.set(name, resolved);
    return resolved;
  };
  const enumType = (name: string) => {
    const local = localTypeName(name);
    return local === undefined ? undefined : doc.enumTypes[local];
  };
  const resolvable = (type: string) => {
    const { name } = parseTypeRef(type);
    return isSupportedPrimitive(name) || structuredType(name) !== undefined || enumType(name) !== undefined;
  };
  const structured = [...Object.entries(doc.entityTypes), ...Object.entries(doc.complexTypes)];
  const mustResolve: (readonly [type: string, owner: string])[] = [
    ...doc.actions.flatMap((a) =>
      Object.values(a.params).flatMap((p) => (p ? [[p.type, `action '${a.name}'`] as const] : [])),
    ),
    ...structured.flatMap(([owner, t]) => (t.base ? [[t.base, `type '${owner}'`] as const] : [])),
  ];
  for (const [type, owner] of mustResolve) {
    if (!resolvable(type))
      throw new Error(`CSDL: ${owner} refers to '${type}', which the schema checker cannot resolve`);
  }
  const propertyTypes = structured.flatMap(([, t]) =>
    Object.values(t.props).map((p) => parseTypeRef(p.type).name),
  );
  const missingTypes = [...new Set(propertyTypes.filter((name) => !resolvable(name)))].sort();
  return {
    action: (boundType, name) => {
      const bound = parseTypeRef(boundType);
      return doc.actions.find((a) => {
        const candidate = parseTypeRef(a.bound);
        return a.name === name && candidate.name === bound.name && candidate.collection === bound.collection;
      });
    },
    structuredType,
    enumType,
    missingTypes,
  };
}

/** Graph v1.0's calling and presence schema, from `graph-v1-calls-csdl.json` (copied from Microsoft). */
export const graphV1Model: SchemaModel = createSchemaModel(csdl);
