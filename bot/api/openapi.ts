import { z } from 'zod';
import type { Route } from './api-route';
import { apiSchemas } from './schemas/api-schemas';

type JsonSchema = Record<string, unknown>;

/** Every base path the API is served under. */
export const API_BASE = '/api/v1';

const target = 'draft-2020-12';

/** Keeps `format: date-time` and drops zod's long ISO pattern, which says the same. */
const override = (ctx: { jsonSchema: JsonSchema }) => {
  if (ctx.jsonSchema.format === 'date-time') delete ctx.jsonSchema.pattern;
};

/** A schema where OpenAPI wants one: a `$ref` to its component when it is named, else inline. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (id !== undefined) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _, ...inline } = z.toJSONSchema(schema, { target, io, override, unrepresentable: 'any' });
  return inline;
}

/** The named schemas, each as a component. */
function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target,
    io: 'output',
    override,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]),
  );
}

/** Path or query parameters from an object schema's properties. */
function parameters(schema: z.ZodType | undefined, place: 'path' | 'query' | 'header'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target, io: 'input', override, unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: place,
      required: place === 'path' || (json.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

function operation(route: Route): JsonSchema {
  const security = route.tokenInQuery ? [{ entraToken: [] }, { accessTokenQuery: [] }] : [{ entraToken: [] }];
  const roles = route.roles.length === 0 ? 'any role' : route.roles.join(' or ');
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: `${route.description ? `${route.description}\n\n` : ''}Roles: ${roles}.`,
    'x-roles': [...route.roles],
    security,
    parameters: [
      ...parameters(route.params, 'path'),
      ...parameters(route.query, 'query'),
      ...parameters(route.headers, 'header'),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.answers).map(([status, answer]) => [
        status,
        {
          description: answer.description,
          ...(answer.schema || answer.contentType
            ? {
                content: {
                  [answer.contentType ?? 'application/json']: {
                    schema: answer.schema ? schemaOf(answer.schema, 'output') : { type: 'string' },
                    ...(answer.events ? { 'x-event-data': schemaOf(answer.events, 'output') } : {}),
                  },
                },
              }
            : {}),
        },
      ]),
    ),
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the routes' own zod schemas (the ones that validate
 * requests): every route with its parameters, body, answers, roles and security scheme.
 */
export function openApiDocument(routes: readonly Route[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, JsonSchema>)[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard API',
      version: '1.0.0',
      description:
        "The agent workspace's API. Every request carries an Entra v2.0 user token for the API (scope access_as_user); " +
        "every read and write is scoped to the token's tenant (tid). Errors are { error: { code, message, details? } }.",
    },
    servers: [{ url: API_BASE }],
    security: [{ entraToken: [] }],
    paths,
    components: {
      securitySchemes: {
        entraToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Entra v2.0 access token for the Switchboard API (audience API_AUDIENCE, scope access_as_user).',
        },
        accessTokenQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'access_token',
          description:
            'The same token in the query, accepted on GET /stream only (EventSource cannot send headers).',
        },
      },
      schemas: components(),
    },
  };
}
