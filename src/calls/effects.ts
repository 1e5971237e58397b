import type { Prompt } from '../config';
import type { Interaction, InteractionState } from '../domain/interaction';
import type { InteractionTimer as TimerName } from './call-event';
import type { Command, LoggedEventName } from './command';

/** What a transition returns: the next interaction and what the world must do. */
export type Step = [Interaction, Command[]];

/** Shipped prompt by name. */
export const shipped = (name: string): Prompt => ({ kind: 'shipped', name });

/** Plays prompts as the one thing now playing; returns the interaction that expects its completion. */
export function play(interaction: Interaction, purpose: string, prompts: Prompt[]): Step {
  const seq = interaction.media.seq + 1;
  const context = `${purpose}:${seq}`;
  const next = { ...interaction, media: { seq, playing: context } };
  return [next, [{ type: 'graph.play', callId: interaction.callId, prompts, context }]];
}

/** Stops whatever plays; its completion (failed, 400/8508) is then no longer awaited. */
export function silence(interaction: Interaction): Step {
  if (interaction.media.playing === undefined) return [interaction, []];
  return [
    { ...interaction, media: { ...interaction.media, playing: undefined } },
    [{ type: 'graph.cancelMedia', callId: interaction.callId }],
  ];
}

/** The purpose of what is playing (`music`, `menu`, `greeting`…), if anything. */
export function playingPurpose(interaction: Interaction): string | undefined {
  return interaction.media.playing?.split(':')[0];
}

export function withState(interaction: Interaction, state: InteractionState): Interaction {
  return { ...interaction, state };
}

export function log(name: LoggedEventName, data: Record<string, unknown>): Command {
  return { type: 'log', name, data };
}

export function timer(name: TimerName, dueAt: number): Command {
  return { type: 'timer.set', name, dueAt };
}

export function cancel(...names: TimerName[]): Command[] {
  return names.map((name) => ({ type: 'timer.cancel', name }));
}

/** Runs steps one after another on the interaction each returns, collecting every command in order. */
export function chain(interaction: Interaction, ...steps: ((current: Interaction) => Step)[]): Step {
  let current = interaction;
  const commands: Command[] = [];
  for (const step of steps) {
    const [next, more] = step(current);
    current = next;
    commands.push(...more);
  }
  return [current, commands];
}
