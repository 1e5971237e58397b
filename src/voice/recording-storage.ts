/**
 * Where voicemail recordings are kept once downloaded from Graph (which discards them soon after the call).
 * A local folder by default; any object store can stand in by implementing these two methods.
 */
export interface RecordingStorage {
  /** Keeps the audio under `id` for the tenant; saving the same id again replaces it. */
  save(tenantId: string, id: string, audio: Uint8Array): Promise<void>;
  /** The audio kept under `id`, or undefined when there is none. */
  load(tenantId: string, id: string): Promise<Uint8Array | undefined>;
}
