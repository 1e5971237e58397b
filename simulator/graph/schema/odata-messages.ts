/**
 * The wording of Graph's 400 `BadRequest` answers to a body that does not fit the schema. Graph reads
 * request bodies with Microsoft's OData library, so these are its resource strings (OData/odata.net,
 * `src/Microsoft.OData.Core/Microsoft.OData.Core.txt`, name given per message) unless marked otherwise.
 * Graph itself was seen answering "Cannot convert the literal '0' to the expected type 'Edm.String'."
 * (motze92/office365-mail#28) and "One or more parameters of the operation 'SendMail' are missing from the
 * request payload. The missing parameters are: Message." (blog.beecomedigital.com, Graph sendMail).
 */

/** The JSON reader's node kinds, as OData names them. */
export type JsonNodeKind = 'StartObject' | 'StartArray' | 'PrimitiveValue';

/** The node kind OData's JSON reader reports for a parsed JSON value. */
export function nodeKind(value: unknown): JsonNodeKind {
  if (Array.isArray(value)) return 'StartArray';
  return typeof value === 'object' && value !== null ? 'StartObject' : 'PrimitiveValue';
}

/** `JsonReaderExtensions_UnexpectedNodeDetected`: a value of the wrong JSON kind (object, array, primitive). */
export function unexpectedNode(found: JsonNodeKind, expected: JsonNodeKind): string {
  return `An unexpected '${found}' node was found when reading from the JSON reader. A '${expected}' node was expected.`;
}

/** `ODataParameterReaderCore_ParameterNameNotInMetadata`: a body property that is not a parameter. */
export function notAParameter(name: string, operation: string): string {
  return `The parameter '${name}' in the request payload is not a valid parameter for the operation '${operation}'.`;
}

/** `ODataParameterReaderCore_ParametersMissingInPayload`: non-nullable parameters left out. */
export function parametersMissing(operation: string, missing: readonly string[]): string {
  return `One or more parameters of the operation '${operation}' are missing from the request payload. The missing parameters are: ${missing.join(', ')}.`;
}

/**
 * Non-nullable properties of a complex value left out. OData has no such message (it only refuses an
 * explicit null), so this one is ours, worded like `ParametersMissingInPayload`.
 */
export function propertiesMissing(type: string, missing: readonly string[]): string {
  return `One or more properties of the type '${type}' are missing from the request payload. The missing properties are: ${missing.join(', ')}.`;
}

/** Properties Graph needs to create an entity (e.g. a call) left out. Our wording, as above. */
export function creationPropertiesMissing(type: string, missing: readonly string[]): string {
  return `One or more properties required to create a '${type}' are missing from the request payload. The missing properties are: ${missing.join(', ')}.`;
}

/** `ReaderValidationUtils_NullNamedValueForNonNullableType`: an explicit null where null is not allowed. */
export function nullForNonNullable(name: string, type: string): string {
  return `A null value was found for the property named '${name}', which has the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`;
}

/** `ValidationUtils_NullCollectionItemForNonNullableType`: a null item in a collection that forbids them. */
export function nullCollectionItem(itemType: string): string {
  return `A null value was found in a collection, but the expected collection item type '${itemType}' does not allow null values.`;
}

/** `ReaderValidationUtils_CannotConvertPrimitiveValue`: a primitive of the wrong type or format. */
export function cannotConvertLiteral(literal: string, type: string): string {
  return `Cannot convert the literal '${literal}' to the expected type '${type}'.`;
}

/** .NET `Enum.Parse`'s message, which Graph returns for a string that is not a member of the enum. */
export function enumValueNotFound(value: string): string {
  return `Requested value '${value}' was not found.`;
}

/** `ValidationUtils_PropertyDoesNotExistOnType`: an undeclared property on a type that is not open. */
export function propertyDoesNotExist(name: string, type: string): string {
  return `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`;
}

/** `ODataJsonLightPropertyAndValueDeserializer_InvalidTypeName`: an `@odata.type` that is not a non-empty string. */
export function invalidTypeAnnotation(value: string): string {
  return `The 'odata.type' instance annotation value '${value}' is not a valid type name. The value of the 'odata.type' instance annotation must be a non-empty string.`;
}

/** `ValidationUtils_UnrecognizedTypeName`: an `@odata.type` naming no type of the model. */
export function unrecognizedTypeName(name: string): string {
  return `A type named '${name}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`;
}

/** `ValidationUtils_ResourceTypeNotAssignableToExpectedType`: an `@odata.type` outside the declared type's family. */
export function notAssignable(actual: string, expected: string): string {
  return `A resource with type '${actual}' was found, but it is not assignable to the expected type '${expected}'. The type specified in the resource must be equal to either the expected type or a derived type.`;
}

/** ASP.NET OData's `CannotInstantiateAbstractResourceType`: an abstract type without a concrete `@odata.type`. */
export function abstractType(type: string): string {
  return `An instance of the abstract resource type '${type}' was found. Abstract resource types cannot be instantiated.`;
}

/** A navigation property in a create body. Our wording: Graph's calls API documents no deep insert. */
export function navigationPropertyNotAllowed(name: string, type: string): string {
  return `The navigation property '${name}' of type '${type}' cannot be set in the request payload.`;
}
