import type { RouteAnswer } from '../api-route';
import { ErrorSchema } from '../schemas/common.schema';

const WHY: Record<number, string> = {
  400: 'A wrong input; `details` names each wrong field.',
  401: 'No token, or one that is not a valid Entra token for this API (expired, wrong audience…).',
  403: 'A valid token without the role (or a tenant the deployment does not serve).',
  404: 'No such item in your tenant.',
  409: 'The change conflicts with the current state.',
  502: 'Microsoft Graph failed.',
  503: "Entra's keys or the database are out of reach; try again.",
};

/** The documented error answers of a route, all of them `{ error: { code, message } }`. */
export function errorAnswers(...statuses: number[]): Record<number, RouteAnswer> {
  return Object.fromEntries(
    [...new Set([...statuses, 503])].map((status) => [
      status,
      { description: WHY[status] ?? 'An error.', schema: ErrorSchema },
    ]),
  );
}
