/**
 * The whisper an agent hears on the bot's call before an announced transfer connects the caller: the parts
 * the queue names, in its order. Built from shipped clips; pure, executes nothing.
 */
import type { Prompt, Queue } from '../config';
import { digitClips, waitedAnnouncement } from './announcement';

const clip = (name: string): Prompt => ({ kind: 'shipped', name });

/** What the whisper can say about the caller. */
export interface WhisperFacts {
  /** Whole seconds the caller waited in the queue. */
  waitedSeconds: number;
  /** The caller's number (E.164), undefined when withheld. */
  caller: string | undefined;
  /** The contact's recorded name, when the caller is a known contact: said instead of the number. */
  contactName?: Prompt | undefined;
  /** Whether the caller is a VIP (queued at priority 1, or a contact marked so). */
  vip: boolean;
}

/**
 * The prompts of a queue's whisper, in the order its `announcedTransfer.whisper` lists the parts:
 * `queueName` -> "Incoming call for" + the queue's namePrompt; `waitTime` -> "Waited two minutes";
 * `caller` -> "Call from" + the contact's name, else the number digit by digit (nothing when withheld);
 * `vip` -> "V.I.P. caller" for a VIP only.
 * @example whisperPrompts(queue, { waitedSeconds: 150, caller: '+14255550123', vip: false })
 */
export function whisperPrompts(queue: Queue, facts: WhisperFacts): Prompt[] {
  return queue.announcedTransfer.whisper.flatMap((part): Prompt[] => {
    switch (part) {
      case 'queueName':
        return queue.namePrompt ? [clip('whisper-queue'), queue.namePrompt] : [];
      case 'waitTime':
        return waitedAnnouncement(Math.max(0, Math.floor(facts.waitedSeconds)));
      case 'caller':
        if (facts.contactName) return [clip('whisper-call-from'), facts.contactName];
        return facts.caller ? [clip('whisper-call-from'), ...digitClips(facts.caller)] : [];
      case 'vip':
        return facts.vip ? [clip('whisper-vip')] : [];
      default:
        return part satisfies never;
    }
  });
}

/** Graph plays at most 20 prompts a request: the whisper in requests of at most that many, in order. */
export function inRequests(prompts: Prompt[], perRequest = 20): Prompt[][] {
  const requests: Prompt[][] = [];
  for (let start = 0; start < prompts.length; start += perRequest)
    requests.push(prompts.slice(start, start + perRequest));
  return requests;
}
