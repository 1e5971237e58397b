import { customType } from 'drizzle-orm/pg-core';

/**
 * A `timestamptz` column read and written as wall-clock milliseconds, the time unit of the domain model.
 * Both drivers hand drizzle timestamps as text, so reading parses and writing sends ISO 8601.
 */
export const epochMs = customType<{ data: number; driverData: string }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (ms) => new Date(ms).toISOString(),
  fromDriver: (value) => new Date(value).getTime(),
});
