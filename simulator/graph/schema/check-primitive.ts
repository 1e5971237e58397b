import { cannotConvertLiteral, nodeKind, unexpectedNode } from './odata-messages';

/**
 * Checks of OData's primitive types as they appear in JSON (OData JSON Format 4.01 §7.1, with
 * `IEEE754Compatible=false`, Graph's default: Int64 travels as a number, not a string).
 */

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const DATE_TIME_OFFSET = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DURATION = /^-?P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

const CHECKS: Readonly<Record<string, (v: unknown) => boolean>> = {
  'Edm.String': (v) => typeof v === 'string',
  'Edm.Boolean': (v) => typeof v === 'boolean',
  'Edm.Int32': (v) => isInteger(v) && v >= INT32_MIN && v <= INT32_MAX,
  'Edm.Int64': isInteger,
  'Edm.Double': (v) => isNumber(v) || v === 'INF' || v === '-INF' || v === 'NaN',
  'Edm.DateTimeOffset': (v) =>
    typeof v === 'string' && DATE_TIME_OFFSET.test(v) && !Number.isNaN(Date.parse(v)),
  'Edm.Duration': (v) => typeof v === 'string' && DURATION.test(v),
  'Edm.Guid': (v) => typeof v === 'string' && GUID.test(v),
};

/** True for the `Edm.*` types this module can check. */
export function isSupportedPrimitive(type: string): boolean {
  return Object.hasOwn(CHECKS, type);
}

/** Checks a non-null JSON value against an `Edm.*` type; returns Graph's message when it does not fit. */
export function checkPrimitive(value: unknown, type: string): string | undefined {
  const check = CHECKS[type];
  if (!check) throw new Error(`no check for the primitive type '${type}'`);
  const kind = nodeKind(value);
  if (kind !== 'PrimitiveValue') return unexpectedNode(kind, 'PrimitiveValue');
  return check(value) ? undefined : cannotConvertLiteral(String(value), type);
}
