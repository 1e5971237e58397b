import { type AdaptiveCard, card, execute, facts, text } from './adaptive-card';
import { VERBS } from './agent-cards';
import { timeOfDay } from './status-words';

/**
 * "You missed a call from the Sales queue; you are now Not ready", with a button that makes the agent
 * available again. `refresh` asks Teams to fetch the card's current state when the agent opens the chat.
 */
export function missedOfferCard(
  queueName: string,
  at: number,
  timeZone: string,
  userMri?: string,
): AdaptiveCard {
  const missed = card(
    'Missed call',
    [
      text(`You missed a call from the ${queueName} queue; you are now Not ready.`),
      text(`At ${timeOfDay(at, timeZone)}. The caller went back to the head of the queue.`, {
        isSubtle: true,
        spacing: 'None',
      }),
    ],
    [execute('Make me available', VERBS.available)],
  );
  return userMri
    ? { ...missed, refresh: { action: execute('Refresh', VERBS.refresh, { queueName }), userIds: [userMri] } }
    : missed;
}

/** What a supervisor alert says for each threshold. */
export interface QueueAlertFacts {
  queueName: string;
  threshold: 'waitingCalls' | 'longestWaitSeconds' | 'serviceLevelPercent';
  limit: number;
  value: number;
  at: number;
  timeZone: string;
}

const describe = (alert: QueueAlertFacts): string => {
  switch (alert.threshold) {
    case 'waitingCalls':
      return `${alert.value} callers are waiting in ${alert.queueName} (alert above ${alert.limit}).`;
    case 'longestWaitSeconds':
      return `A caller has waited ${Math.round(alert.value)} s in ${alert.queueName} (alert above ${alert.limit} s).`;
    case 'serviceLevelPercent':
      return `Service level in ${alert.queueName} is ${Math.round(alert.value)}% today (alert below ${alert.limit}%).`;
  }
};

/** A queue crossed one of its thresholds. */
export function queueAlertCard(alert: QueueAlertFacts): AdaptiveCard {
  return card(`Queue alert: ${alert.queueName}`, [
    text(describe(alert), { color: 'Attention' }),
    facts([['At', timeOfDay(alert.at, alert.timeZone)]]),
    text('You get one alert each time the queue crosses this threshold.', { isSubtle: true }),
  ]);
}
