import { z } from 'zod';

/**
 * The API's named schemas: each becomes `#/components/schemas/{id}` in the OpenAPI document, and schemas
 * that use one refer to it there. Kept apart from zod's global registry, which also holds the config file's.
 */
export const apiSchemas = z.registry<{ id: string }>();
