import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingFolder } from '../../../bot/media/recording-folder';

const tenant = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
const id = '0b7c2a4e-51f3-8d2e-9a61-3f0c8e2d4b11';

describe('the recording folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sb-recording-folder-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('keeps a recording per tenant and gives it back byte for byte, leaving no temporary file', async () => {
    const storage = recordingFolder(folder);
    const audio = new Uint8Array([82, 73, 70, 70, 1, 2, 3]);
    await storage.save(tenant, id, audio);
    expect(await storage.load(tenant, id)).toEqual(audio);
    expect(await readdir(join(folder, tenant))).toEqual([`${id}.wav`]);
    expect(await storage.load('another-tenant', id)).toBeUndefined();
  });

  it('answers undefined for a recording it never kept', async () => {
    expect(await recordingFolder(folder).load(tenant, id)).toBeUndefined();
  });

  it.each([
    ['../escape', id, /tenant id '..\/escape' cannot name a folder/],
    [tenant, '../../etc/passwd', /recording id '..\/..\/etc\/passwd' cannot name a file/],
  ])('refuses ids that are not plain names (%s, %s)', async (tenantId, recordingId, message) => {
    const storage = recordingFolder(folder);
    await expect(storage.save(tenantId, recordingId, new Uint8Array([1]))).rejects.toThrow(message);
    await expect(storage.load(tenantId, recordingId)).rejects.toThrow(message);
  });
});
