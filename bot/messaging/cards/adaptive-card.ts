/** An Adaptive Card as JSON; the bot builds them as plain data. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  /** Teams asks for 1.5 with Universal Actions. */
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  refresh?: { action: Record<string, unknown>; userIds?: string[] };
}

/** A card with a heading, text blocks and optional actions. */
export function card(
  title: string,
  body: Record<string, unknown>[],
  actions: Record<string, unknown>[] = [],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }, ...body],
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

export const facts = (rows: [string, string][]) => ({
  type: 'FactSet',
  facts: rows.map(([title, value]) => ({ title, value })),
});

/** A Universal Action button: Teams sends it to the bot as an `adaptiveCard/action` invoke. */
export const execute = (title: string, verb: string, data: Record<string, unknown> = {}) => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
});

/** The attachment that carries a card in an activity. */
export const attachment = (content: AdaptiveCard) => ({
  contentType: 'application/vnd.microsoft.card.adaptive' as const,
  content,
});
