/**
 * Type names as they appear in the CSDL (`graph.call`), in payloads (`#microsoft.graph.call`) and in
 * Graph's error messages (`microsoft.graph.call`). Internally every name is kept in the CSDL's form.
 */

const ALIAS = 'graph.';
const NAMESPACE = 'microsoft.graph.';
const COLLECTION = /^Collection\((.+)\)$/;

/** A type reference split into its element type and whether it is a collection of it. */
export interface TypeRef {
  readonly name: string;
  readonly collection: boolean;
}

/** Splits `Collection(graph.tone)` into `{ name: 'graph.tone', collection: true }`, normalising the name. */
export function parseTypeRef(type: string): TypeRef {
  const match = COLLECTION.exec(type);
  return match
    ? { name: canonicalTypeName(match[1]!), collection: true }
    : { name: canonicalTypeName(type), collection: false };
}

/**
 * Brings a type name to the CSDL's form: drops the `#` of an `@odata.type` value and writes the
 * `microsoft.graph` namespace as its alias `graph`.
 */
export function canonicalTypeName(name: string): string {
  const bare = name.startsWith('#') ? name.slice(1) : name;
  const collection = COLLECTION.exec(bare);
  if (collection) return `Collection(${canonicalTypeName(collection[1]!)})`;
  return bare.startsWith(NAMESPACE) ? ALIAS + bare.slice(NAMESPACE.length) : bare;
}

/** Writes a type name the way Graph's messages do, with the full `microsoft.graph` namespace. */
export function displayTypeName(name: string): string {
  const collection = COLLECTION.exec(name);
  if (collection) return `Collection(${displayTypeName(collection[1]!)})`;
  return name.startsWith(ALIAS) ? NAMESPACE + name.slice(ALIAS.length) : name;
}

/** The unqualified name of a `graph.` type (`graph.call` -> `call`), or undefined for other namespaces. */
export function localTypeName(name: string): string | undefined {
  return name.startsWith(ALIAS) ? name.slice(ALIAS.length) : undefined;
}
