import type { ReportQuery } from './supervisor.types';

/** The query string of a report or interaction-list request; empty fields are left out. */
export function reportSearch(query: Partial<ReportQuery> & { queueId?: string; date?: string }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) search.set(key, text);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
