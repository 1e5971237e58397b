/**
 * @module
 * Voice beyond the live call: callbacks, voicemail and the tasks they become. `RecordingStorage` is the port
 * for kept recordings; `derivedId` names what an interaction leaves behind, the same on every retry.
 */
export { derivedId } from './derived-id';
export type { RecordingStorage } from './recording-storage';
