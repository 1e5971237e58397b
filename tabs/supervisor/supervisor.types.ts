/**
 * The supervisor endpoints' wire types, inferred from the server's own schemas (type-only: nothing of the
 * server reaches the bundle).
 */
import type { z } from 'zod';
import type {
  InteractionListSchema,
  IntradaySchema,
  QueueReportSchema,
} from '../../bot/api/schemas/supervisor.schema';

/** `GET /supervisor/intraday`: a day per 15 minutes. */
export type Intraday = z.infer<typeof IntradaySchema>;
/** `GET /supervisor/report`: per queue and interval, with Erlang C beside staffed. */
export type QueueReport = z.infer<typeof QueueReportSchema>;
/** One row of the report (an interval, or a queue's total). */
export type ReportRow = QueueReport['queues'][number]['total'];
/** `GET /supervisor/interactions`. */
export type InteractionList = z.infer<typeof InteractionListSchema>;

/** Interval sizes the report offers. */
export const REPORT_SIZES = ['15', '30', '60', 'day', 'range'] as const;

/** What a report is asked for: local dates (inclusive), queues (every queue when empty), interval size. */
export interface ReportQuery {
  from: string;
  to: string;
  queues: string[];
  size: (typeof REPORT_SIZES)[number];
}
