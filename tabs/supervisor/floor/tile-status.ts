import type { QueueTile } from '../../shared';

/** How a figure stands against its queue's threshold. */
export type Level = 'ok' | 'warning' | 'danger';

/** One tile figure's standing, with the words that say it (colour is never the only sign). */
export interface FigureStatus {
  level: Level;
  /** e.g. "limit 5" or "target 80 %"; null when the queue sets no threshold for it. */
  note: string | null;
}

/** The figures a queue's thresholds apply to. */
export interface TileStatus {
  waiting: FigureStatus;
  longestWait: FigureStatus;
  serviceLevel: FigureStatus;
  /** The worst of the three. */
  level: Level;
  /** Each breached threshold in words, for the tile's badge. */
  alerts: string[];
}

/** A figure nears its threshold from this share of it (waiting, longest wait) on. */
const WARNING_SHARE = 0.8;
/** Service level warns within this many points above its target. */
const WARNING_POINTS = 5;

const rank: Record<Level, number> = { ok: 0, warning: 1, danger: 2 };

function ceiling(value: number, limit: number | null, unit: string): FigureStatus {
  if (limit === null) return { level: 'ok', note: null };
  const note = `limit ${limit}${unit}`;
  if (value >= limit) return { level: 'danger', note };
  return { level: value >= limit * WARNING_SHARE && value > 0 ? 'warning' : 'ok', note };
}

/**
 * The longest wait in seconds as of `now`: the snapshot's figure counts on between pushes, since the stream
 * sends a snapshot on change, not every second.
 */
export function longestWaitNow(tile: QueueTile, now?: number): number {
  if (now === undefined || tile.longestWaitingSince === null || tile.waiting === 0)
    return tile.longestWaitSeconds;
  return Math.max(tile.longestWaitSeconds, Math.floor((now - Date.parse(tile.longestWaitingSince)) / 1000));
}

/**
 * Colours a tile against its queue's thresholds: waiting calls and the longest wait at or past their limits
 * are danger, from 80 % of them a warning; today's service level under its target is danger, within five
 * points above it a warning. Pure, so tiles and tests agree; `now` makes the longest wait live.
 */
export function tileStatus(tile: QueueTile, now?: number): TileStatus {
  const { thresholds, today } = tile;
  const waiting = ceiling(tile.waiting, thresholds.waitingCalls, '');
  const longestWait = ceiling(longestWaitNow(tile, now), thresholds.longestWaitSeconds, ' s');
  let serviceLevel: FigureStatus = { level: 'ok', note: null };
  if (thresholds.serviceLevelPercent !== null) {
    const target = thresholds.serviceLevelPercent;
    const note = `target ${target} %`;
    const percent = today.serviceLevel === null ? null : today.serviceLevel * 100;
    serviceLevel =
      percent === null
        ? { level: 'ok', note }
        : percent < target
          ? { level: 'danger', note }
          : { level: percent < target + WARNING_POINTS ? 'warning' : 'ok', note };
  }
  const alerts: string[] = [];
  if (waiting.level === 'danger') alerts.push('Too many waiting');
  if (longestWait.level === 'danger') alerts.push('Waiting too long');
  if (serviceLevel.level === 'danger') alerts.push('Below service level');
  const level = [waiting, longestWait, serviceLevel].reduce<Level>(
    (worst, figure) => (rank[figure.level] > rank[worst] ? figure.level : worst),
    'ok',
  );
  return { waiting, longestWait, serviceLevel, level, alerts };
}
