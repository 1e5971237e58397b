import type { CallbackRequest, Interaction, KeyedTones, QueuePlace } from '../domain/interaction';
import { placeOf } from './callback';
import { cancel, chain, log, play, type Step, shipped, silence, withState } from './effects';

type State<K extends Interaction['state']['kind']> = Extract<Interaction['state'], { kind: K }>;

/** Timers of a caller on the line that stop mattering once they hang up and wait to be called back. */
const onTheLine = [
  'maxWait',
  'announce',
  'mediaWatchdog',
  'keepAlive',
  'callbackOffer',
  'menuTimeout',
] as const;

/**
 * The caller pressed the callback key (tone `sequenceId`, when a key started it): confirm the caller id (1)
 * or key in another number (2); a caller without a caller id keys one in at once.
 */
export function startCallbackSetup(interaction: Interaction, place: QueuePlace, sequenceId?: number): Step {
  const ask = interaction.caller ? 'callback-confirm-number' : 'callback-enter-number';
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, {
        kind: 'callbackSetup',
        ...place,
        step: interaction.caller ? 'confirm' : 'keying',
        keys: { after: sequenceId, bySequence: {} },
      }),
      cancel('maxWait', 'announce', 'mediaWatchdog', 'callbackOffer'),
    ],
    (i) => play(i, 'callbackSetup', [shipped(ask)]),
  );
}

/** A key while confirming the number: 1 confirms, 2 asks for digits, digits end with `#`. */
export function callbackSetupKey(
  interaction: Interaction & { state: State<'callbackSetup'> },
  key: string,
  sequenceId: number,
  now: number,
): Step {
  const state = interaction.state;
  if (state.step === 'confirm') {
    if (key === '1' && interaction.caller) return confirmed(interaction, interaction.caller, now);
    if (key === '2')
      return chain(
        interaction,
        silence,
        (i) => [withState(i, { ...state, step: 'keying', keys: { after: sequenceId, bySequence: {} } }), []],
        (i) => play(i, 'callbackSetup', [shipped('callback-enter-number')]),
      );
    return [interaction, []];
  }
  if (!/^[0-9#]$/.test(key) || (state.keys.after !== undefined && sequenceId <= state.keys.after))
    return [interaction, []];
  const first = Object.keys(state.keys.bySequence).length === 0;
  const keys = { ...state.keys, bySequence: { ...state.keys.bySequence, [sequenceId]: key } };
  const entry = keyedNumber(keys);
  // The first key stops the prompt, as a person keying over it expects.
  const stop = first ? silence : (i: Interaction): Step => [i, []];
  if (entry.kind === 'incomplete')
    return chain(interaction, stop, (i) => [withState(i, { ...state, keys }), []]);
  const number = dialable(entry.digits);
  if (!number)
    return chain(
      interaction,
      silence,
      (i) => [withState(i, { ...state, keys: { after: entry.end, bySequence: {} } }), []],
      (i) => play(i, 'callbackSetup', [shipped('callback-invalid-number'), shipped('callback-enter-number')]),
    );
  return confirmed(interaction, number, now);
}

/**
 * The digits before the first `#`, in tone order, once every tone up to it has arrived; incomplete while a
 * tone before the `#` is still missing (Graph's notifications may be handled out of order).
 */
export function keyedNumber(
  keys: KeyedTones,
): { kind: 'incomplete' } | { kind: 'complete'; digits: string; end: number } {
  const seen = Object.keys(keys.bySequence)
    .map(Number)
    .sort((a, b) => a - b);
  const end = seen.find((seq) => keys.bySequence[seq] === '#');
  if (end === undefined) return { kind: 'incomplete' };
  const start = keys.after === undefined ? (seen[0] as number) : keys.after + 1;
  let digits = '';
  for (let seq = start; seq < end; seq++) {
    const key = keys.bySequence[seq];
    if (key === undefined) return { kind: 'incomplete' };
    digits += key;
  }
  return { kind: 'complete', digits: digits.slice(0, 15), end };
}

/**
 * Keyed digits as an E.164 number: with the country code (11 to 15 digits), or 10 digits taken as a North
 * American number. Anything shorter cannot be called back.
 */
export function dialable(digits: string): string | undefined {
  if (/^[1-9]\d{10,14}$/.test(digits)) return `+${digits}`;
  if (/^[2-9]\d{9}$/.test(digits)) return `+1${digits}`;
  return undefined;
}

/** The number is set: the confirmation plays, then the bot hangs up; the callback keeps the caller's place. */
function confirmed(
  interaction: Interaction & { state: State<'callbackSetup'> },
  number: string,
  now: number,
): Step {
  const place = placeOf(interaction.state);
  const callback: CallbackRequest = { number, attempts: 0 };
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { kind: 'queued', ...place, callback }),
      [
        ...cancel(...onTheLine),
        log('callbackRequested', { queueId: place.queueId, waitedMs: now - place.enqueuedAt }),
        { type: 'routing.wake', queueId: place.queueId },
      ],
    ],
    (i) => play(i, 'callbackConfirmed', [shipped('callback-confirmed')]),
  );
}
