import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordingStorage } from '../../src/voice';

const SAFE = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Recordings kept as files, `{folder}/{tenantId}/{id}.wav`: the default storage (under `.data/recordings`).
 * Ids and tenant ids are checked before they become paths, and a file is written whole (temp + rename), so
 * a crash never leaves half a recording behind.
 */
export function recordingFolder(folder: string): RecordingStorage {
  const path = (tenantId: string, id: string) => {
    if (!SAFE.test(tenantId)) throw new RangeError(`tenant id '${tenantId}' cannot name a folder`);
    if (!SAFE.test(id)) throw new RangeError(`recording id '${id}' cannot name a file`);
    return join(folder, tenantId, `${id}.wav`);
  };
  return {
    async save(tenantId, id, audio) {
      const file = path(tenantId, id);
      await mkdir(join(folder, tenantId), { recursive: true });
      const temp = `${file}.${process.pid}.part`;
      await writeFile(temp, audio);
      await rename(temp, file);
    },
    async load(tenantId, id) {
      try {
        return new Uint8Array(await readFile(path(tenantId, id)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
