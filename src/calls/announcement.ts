/**
 * Announcements built from the shipped clips (`bot/media/prompts`): position in line, estimated wait, and the
 * agent's whisper. Pure; executes nothing. Numbers are spoken from clips of 0-20, the tens and "hundred", so
 * every whole number from 0 to 999 can be said ("one hundred" "twenty" "three"); beyond what is worth saying
 * a phrase without a number is used instead.
 */
import type { Prompt } from '../config';

/** The largest number the clips say. */
export const LARGEST_SAYABLE_NUMBER = 999;
/** Positions beyond this are announced as "many callers ahead of you" (a queue holds at most 200 calls). */
export const LARGEST_ANNOUNCED_POSITION = 999;
/** Estimated waits beyond this many minutes are announced as "more than an hour". */
export const LONGEST_ANNOUNCED_WAIT_MINUTES = 60;

const clip = (name: string): Prompt => ({ kind: 'shipped', name });

/**
 * The clips that say a whole number from 0 to 999, American style: 47 -> forty, seven; 120 -> one, hundred,
 * twenty. Throws a RangeError for anything else.
 */
export function numberClips(value: number): Prompt[] {
  if (!Number.isInteger(value) || value < 0 || value > LARGEST_SAYABLE_NUMBER) {
    throw new RangeError(`cannot say ${value}: expected a whole number from 0 to ${LARGEST_SAYABLE_NUMBER}`);
  }
  if (value === 0) return [clip('number-0')];
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const clips = hundreds > 0 ? [clip(`number-${hundreds}`), clip('number-hundred')] : [];
  if (rest === 0) return clips;
  if (rest <= 20) return [...clips, clip(`number-${rest}`)];
  const tens = rest - (rest % 10);
  return [...clips, clip(`number-${tens}`), ...(rest % 10 > 0 ? [clip(`number-${rest % 10}`)] : [])];
}

/**
 * The caller's place in line: 1 -> "You are next in line."; 47 -> "You are caller number" "forty" "seven"
 * "in line."; more than 999 -> "There are many callers ahead of you."
 */
export function positionAnnouncement(position: number): Prompt[] {
  if (!Number.isInteger(position) || position < 1) {
    throw new RangeError(`position ${position}: expected a whole number from 1`);
  }
  if (position === 1) return [clip('position-next')];
  if (position > LARGEST_ANNOUNCED_POSITION) return [clip('position-many-ahead')];
  return [clip('position-you-are'), ...numberClips(position), clip('position-in-line')];
}

/**
 * The estimated wait, rounded up to whole minutes (a caller minds a wait longer than announced more than a
 * shorter one): under 60 s -> "less than a minute"; 60 s -> "about" "one" "minute"; 61 s -> "about" "two"
 * "minutes"; over an hour -> "more than an hour".
 */
export function waitAnnouncement(estimatedWaitSeconds: number): Prompt[] {
  if (!(estimatedWaitSeconds >= 0) || !Number.isFinite(estimatedWaitSeconds)) {
    throw new RangeError(`estimated wait ${estimatedWaitSeconds}: expected seconds from 0`);
  }
  if (estimatedWaitSeconds < 60) return [clip('wait-less-than-a-minute')];
  const minutes = Math.ceil(estimatedWaitSeconds / 60);
  if (minutes > LONGEST_ANNOUNCED_WAIT_MINUTES) return [clip('wait-more-than-an-hour')];
  return [clip('wait-about'), ...numberClips(minutes), clip(minutes === 1 ? 'wait-minute' : 'wait-minutes')];
}

/**
 * How long the caller has waited, for the agent's whisper, in whole minutes rounded down: under 60 s ->
 * "Waited less than a minute."; 150 s -> "Waited" "two" "minutes". Past 999 minutes it says 999.
 */
export function waitedAnnouncement(waitedSeconds: number): Prompt[] {
  if (!(waitedSeconds >= 0) || !Number.isFinite(waitedSeconds)) {
    throw new RangeError(`time waited ${waitedSeconds}: expected seconds from 0`);
  }
  const minutes = Math.min(Math.floor(waitedSeconds / 60), LARGEST_SAYABLE_NUMBER);
  if (minutes === 0) return [clip('whisper-waited-under-a-minute')];
  return [
    clip('whisper-waited'),
    ...numberClips(minutes),
    clip(minutes === 1 ? 'wait-minute' : 'wait-minutes'),
  ];
}

/**
 * A phone number digit by digit ("+1 425-555-0100" -> one, four, two, five, …), for the whisper's caller and a
 * callback's number; anything but digits is skipped.
 */
export function digitClips(phoneNumber: string): Prompt[] {
  return [...phoneNumber]
    .filter((char) => char >= '0' && char <= '9')
    .map((digit) => clip(`number-${digit}`));
}

/** What the wait estimate is made from. */
export interface WaitEstimateInput {
  /** The caller's place in line, 1 = next. */
  position: number;
  /** The queue's recent average handle time (talk + wrap-up), in seconds. */
  averageHandleSeconds: number;
  /** Agents signed in to the queue and not offline (busy ones count: they will free up). */
  agentsServing: number;
}

/**
 * The estimated wait in whole seconds: position × average handle time / max(1, agents serving).
 * Why: with every agent busy and handle times roughly exponential (M/M/n), an agent frees up on average every
 * AHT / n seconds, so the caller in position p expects the p-th such moment. With no agent serving it assumes
 * one, rather than announcing forever.
 * @example estimatedWaitSeconds({ position: 3, averageHandleSeconds: 240, agentsServing: 4 }) // 180
 */
export function estimatedWaitSeconds({
  position,
  averageHandleSeconds,
  agentsServing,
}: WaitEstimateInput): number {
  if (!Number.isInteger(position) || position < 1) {
    throw new RangeError(`position ${position}: expected a whole number from 1`);
  }
  if (!(averageHandleSeconds >= 0) || !Number.isFinite(averageHandleSeconds)) {
    throw new RangeError(`average handle time ${averageHandleSeconds}: expected seconds from 0`);
  }
  if (!(agentsServing >= 0) || !Number.isFinite(agentsServing)) {
    throw new RangeError(`agents serving ${agentsServing}: expected a number from 0`);
  }
  return Math.round((position * averageHandleSeconds) / Math.max(1, agentsServing));
}
