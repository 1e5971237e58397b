/**
 * The shape of `graph-v1-calls-csdl.json`: a JSON rendering of part of Microsoft Graph's v1.0 CSDL. Type
 * names use the CSDL alias `graph.` for the `microsoft.graph` namespace, e.g. `graph.mediaConfig`.
 */
export interface Csdl {
  readonly source: string;
  readonly actions: readonly CsdlAction[];
  readonly entityTypes: Readonly<Record<string, CsdlStructuredType>>;
  readonly complexTypes: Readonly<Record<string, CsdlStructuredType>>;
  readonly enumTypes: Readonly<Record<string, CsdlEnumType>>;
}

/**
 * A bound action: its name, the type it is bound to, and its parameters (the binding one left out).
 * `params` admits `undefined` values because that is how TypeScript types the JSON array's records.
 */
export interface CsdlAction {
  readonly name: string;
  readonly bound: string;
  readonly params: Readonly<Record<string, CsdlProperty | undefined>>;
  readonly returns: string | null;
}

/** A parameter or a structural property: a type reference such as `Edm.Int32` or `Collection(graph.tone)`. */
export interface CsdlProperty {
  readonly type: string;
  readonly nullable: boolean;
}

/** An entity or complex type; `base` names the type it derives from, if any. */
export interface CsdlStructuredType {
  readonly base: string | null;
  readonly abstract?: boolean;
  readonly open?: boolean;
  readonly props: Readonly<Record<string, CsdlProperty>>;
  readonly nav?: readonly string[];
}

/** An enum type; a `flags` enum takes a comma-separated list of members. */
export interface CsdlEnumType {
  readonly flags: boolean;
  readonly members: readonly string[];
}
