import type { Route } from '../api-route';
import { json, route } from '../api-route';
import { openApiDocument } from '../openapi';
import { errorAnswers } from './answers';

/**
 * `GET /openapi.json`: the API's OpenAPI 3.1 document, for any verified caller. It lists itself too, so it
 * is built from the other routes plus this one, once.
 */
export function getOpenApi(others: readonly Route[]): Route {
  let document: unknown;
  const self: Route = route({
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This document: the API in OpenAPI 3.1',
    roles: [],
    answers: {
      200: { description: 'The OpenAPI 3.1 document.', contentType: 'application/json' },
      ...errorAnswers(401, 403),
    },
    async handle() {
      document ??= openApiDocument([...others, self]);
      return json(document);
    },
  });
  return self;
}
