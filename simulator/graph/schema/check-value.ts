import { type BodyCheck, formatPath, isAnnotation, isJsonObject, type Path, refuse } from './body-check';
import { checkPrimitive, isSupportedPrimitive } from './check-primitive';
import type { CsdlEnumType, CsdlProperty } from './csdl.types';
import {
  abstractType,
  cannotConvertLiteral,
  enumValueNotFound,
  invalidTypeAnnotation,
  navigationPropertyNotAllowed,
  nodeKind,
  notAssignable,
  nullCollectionItem,
  nullForNonNullable,
  propertiesMissing,
  propertyDoesNotExist,
  unexpectedNode,
  unrecognizedTypeName,
} from './odata-messages';
import type { SchemaModel, StructuredType } from './schema-model';
import { canonicalTypeName, displayTypeName, parseTypeRef } from './type-names';

/**
 * The recursive part of the checker: one JSON value against one declared type, the way Graph's OData
 * reader takes a body apart. It stops at the first problem, as Graph does.
 */

const OK: BodyCheck = { ok: true };

/** How a structured value is checked; the top of an entity body leaves required properties to the caller. */
export interface ResourceOptions {
  readonly requireNonNullable: boolean;
}

/** Checks a value against a declared parameter or property (its type, its collection-ness, its nullability). */
export function checkValue(
  model: SchemaModel,
  value: unknown,
  declared: CsdlProperty,
  path: Path,
): BodyCheck {
  const { name, collection } = parseTypeRef(declared.type);
  if (value === null) {
    if (declared.nullable) return OK;
    return refuse(
      nullForNonNullable(leafName(path), displayTypeName(canonicalTypeName(declared.type))),
      path,
    );
  }
  if (!collection) return checkSingle(model, value, name, path);
  if (!Array.isArray(value)) return refuse(unexpectedNode(nodeKind(value), 'StartArray'), path);
  for (const [index, item] of value.entries()) {
    const itemPath = [...path, index];
    const result =
      item !== null
        ? checkSingle(model, item, name, itemPath)
        : declared.nullable
          ? OK
          : refuse(nullCollectionItem(displayTypeName(name)), itemPath);
    if (!result.ok) return result;
  }
  return OK;
}

/**
 * Checks a JSON object against an entity or complex type: its `@odata.type` (the declared type or one
 * derived from it, never abstract), each property against the type, then the non-nullable ones present.
 */
export function checkResource(
  model: SchemaModel,
  value: unknown,
  declaredName: string,
  path: Path,
  options: ResourceOptions,
): BodyCheck {
  if (!isJsonObject(value)) return refuse(unexpectedNode(nodeKind(value), 'StartObject'), path);
  const declared = model.structuredType(declaredName);
  if (!declared) throw new Error(`no structured type '${declaredName}' in the schema`);
  const type = actualType(model, value, declared, path);
  if ('ok' in type) return type;
  if (type.abstract) return refuse(abstractType(displayTypeName(type.name)), path);
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined || isAnnotation(key)) continue;
    const result = checkMember(model, type, key, child, [...path, key]);
    if (!result.ok) return result;
  }
  if (!options.requireNonNullable) return OK;
  const missing = [...type.properties]
    .filter(([key, p]) => !p.nullable && value[key] === undefined)
    .map(([key]) => key);
  return missing.length
    ? refuse(propertiesMissing(displayTypeName(type.name), missing), [...path, missing[0]!])
    : OK;
}

function checkMember(
  model: SchemaModel,
  type: StructuredType,
  key: string,
  value: unknown,
  path: Path,
): BodyCheck {
  const property = type.properties.get(key);
  if (property) return checkValue(model, value, property, path);
  const display = displayTypeName(type.name);
  if (type.navigationProperties.has(key)) return refuse(navigationPropertyNotAllowed(key, display), path);
  if (!type.open) return refuse(propertyDoesNotExist(key, display), path);
  return checkDynamic(model, value, path);
}

/** An undeclared property of an open type is free, except that an object naming its type must fit it. */
function checkDynamic(model: SchemaModel, value: unknown, path: Path): BodyCheck {
  if (!isJsonObject(value) || typeof value['@odata.type'] !== 'string') return OK;
  const name = canonicalTypeName(value['@odata.type']);
  if (model.structuredType(name))
    return checkResource(model, value, name, path, { requireNonNullable: true });
  if (isSupportedPrimitive(name)) return OK;
  return refuse(unrecognizedTypeName(value['@odata.type'].replace(/^#/, '')), [...path, '@odata.type']);
}

function actualType(
  model: SchemaModel,
  value: Record<string, unknown>,
  declared: StructuredType,
  path: Path,
): StructuredType | BodyCheck {
  const annotation = value['@odata.type'];
  if (annotation === undefined) return declared;
  const annotationPath = [...path, '@odata.type'];
  if (typeof annotation !== 'string' || annotation.replace(/^#/, '') === '') {
    return refuse(invalidTypeAnnotation(String(annotation)), annotationPath);
  }
  const type = model.structuredType(canonicalTypeName(annotation));
  if (!type) return refuse(unrecognizedTypeName(annotation.replace(/^#/, '')), annotationPath);
  if (!type.lineage.includes(declared.name)) {
    return refuse(notAssignable(displayTypeName(type.name), displayTypeName(declared.name)), annotationPath);
  }
  return type;
}

function checkSingle(model: SchemaModel, value: unknown, typeName: string, path: Path): BodyCheck {
  if (isSupportedPrimitive(typeName)) {
    const message = checkPrimitive(value, typeName);
    return message ? refuse(message, path) : OK;
  }
  const enumType = model.enumType(typeName);
  if (enumType) return checkEnum(value, typeName, enumType, path);
  if (model.structuredType(typeName))
    return checkResource(model, value, typeName, path, { requireNonNullable: true });
  throw new Error(
    `the schema lacks the type '${typeName}' of '${formatPath(path)}'; add it from Graph's CSDL`,
  );
}

/** Enum members compare case-insensitively, as Graph does (the docs send both `Busy` and `busy`). */
function checkEnum(value: unknown, typeName: string, enumType: CsdlEnumType, path: Path): BodyCheck {
  const kind = nodeKind(value);
  if (kind !== 'PrimitiveValue') return refuse(unexpectedNode(kind, 'PrimitiveValue'), path);
  if (typeof value !== 'string')
    return refuse(cannotConvertLiteral(String(value), displayTypeName(typeName)), path);
  const members = new Set(enumType.members.map((m) => m.toLowerCase()));
  const parts = enumType.flags ? value.split(',').map((p) => p.trim()) : [value];
  const unknown = parts.find((p) => !members.has(p.toLowerCase()));
  return unknown === undefined ? OK : refuse(enumValueNotFound(unknown), path);
}

function leafName(path: Path): string {
  const last = path.findLast((step) => typeof step === 'string');
  return typeof last === 'string' ? last : '';
}
