import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContactCenter } from '../../../src/config';
import { validContactCenter, withSetting } from './contact-center-fixture';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const yaml = (queueLines: string) => `# a contact center
tenants:
  - id: 9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b
    name: Contoso
    timeZone: America/Los_Angeles
    numbers:
      - phoneNumber: "+14255550100"
        applicationInstanceId: 2d1c0b9a-8f7e-4d6c-9b5a-4e3f2a1b0c9d
        name: Main line
        flow: main
    flows:
      - id: main
        greeting: welcome
        start: { type: queue, queue: sales }
    queues:
      - id: sales
        name: Sales
${queueLines}
`;

describe('loadContactCenter', () => {
  it('reads a valid YAML file', async () => {
    const loaded = await loadContactCenter(file('cc.yaml', yaml('        maxWait: 300')));
    expect(loaded.ok && loaded.value.tenants[0]?.queues[0]?.maxWait).toBe(300);
  });

  it('gives the line and column of each problem in a YAML file', async () => {
    const loaded = await loadContactCenter(file('cc.yaml', yaml('        maxWait: -5\n        priority: 9')));
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'tenants[0].queues[0].maxWait: expected seconds > 0 (line 18:9)',
        'tenants[0].queues[0].priority: expected a priority 1-5 (line 19:9)',
      ],
    });
  });

  it('points an unknown setting at its own line', async () => {
    const loaded = await loadContactCenter(file('cc.yml', yaml('        musicOnHol: hold-music')));
    expect(loaded).toEqual({
      ok: false,
      errors: ['tenants[0].queues[0].musicOnHol: unknown setting (did you mean "musicOnHold"?) (line 18:9)'],
    });
  });

  it('points a missing setting at the item that lacks it', async () => {
    const text = yaml('').replace('        name: Sales\n', '');
    const loaded = await loadContactCenter(file('cc.yaml', text));
    expect(loaded).toEqual({ ok: false, errors: ['tenants[0].queues[0].name: required (line 16:9)'] });
  });

  it('gives the line of a reference error in a flow-style map', async () => {
    const loaded = await loadContactCenter(
      file('cc.yaml', yaml('').replace('queue: sales }', 'queue: sale }')),
    );
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'tenants[0].flows[0].start.queue: no queue "sale" in this tenant (did you mean "sales"?) (line 14:31)',
      ],
    });
  });

  it('reports a YAML syntax error with its line', async () => {
    const loaded = await loadContactCenter(file('cc.yaml', 'tenants:\n  - id: a\n    id: b\n'));
    expect(loaded).toEqual({ ok: false, errors: ['YAML syntax error (line 3:5): Map keys must be unique'] });
  });

  it('reports an alias to nothing', async () => {
    const loaded = await loadContactCenter(file('cc.yaml', 'tenants: *missing\n'));
    expect(loaded.ok).toBe(false);
    expect(loaded.ok || loaded.errors[0]).toMatch(/^YAML (syntax )?error.*missing/);
  });

  it('reads JSON by its extension, with the line of each problem', async () => {
    const data = withSetting(validContactCenter(), ['tenants', 0, 'queues', 0, 'maxWait'], 0);
    const text = JSON.stringify(data, null, 2);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"maxWait": 0')) + 1;
    const loaded = await loadContactCenter(file('cc.json', text));
    expect(loaded).toEqual({
      ok: false,
      errors: [`tenants[0].queues[0].maxWait: expected seconds > 0 (line ${line}:11)`],
    });
  });

  it('reads a valid JSON file', async () => {
    const loaded = await loadContactCenter(file('cc.json', JSON.stringify(validContactCenter())));
    expect(loaded.ok && loaded.value.tenants[0]?.name).toBe('Contoso');
  });

  it('refuses JSON with YAML-only syntax', async () => {
    const loaded = await loadContactCenter(file('cc.json', '{\n  "tenants": [],\n}'));
    expect(loaded).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^JSON syntax error \(line 3:1\): /)],
    });
  });

  it('reports a file that cannot be read', async () => {
    const path = join(folder, 'missing.yaml');
    const loaded = await loadContactCenter(path);
    expect(loaded).toEqual({
      ok: false,
      errors: [expect.stringMatching(new RegExp(`^cannot read ${path}: ENOENT`))],
    });
  });

  it('refuses a file that is neither YAML nor JSON', async () => {
    const path = file('cc.toml', 'tenants = []');
    expect(await loadContactCenter(path)).toEqual({
      ok: false,
      errors: [`cannot read ${path}: expected a .yaml, .yml or .json file`],
    });
  });

  it('resolves prompt files from the folder of the contact-center file', async () => {
    mkdirSync(join(folder, 'prompts'));
    writeFileSync(join(folder, 'prompts', 'welcome.wav'), 'RIFF');
    const loaded = await loadContactCenter(
      file('cc.yaml', yaml('').replace('greeting: welcome', 'greeting: prompts/welcome.wav')),
    );
    expect(loaded.ok && loaded.value.tenants[0]?.flows[0]?.greeting).toEqual({
      kind: 'file',
      path: join(folder, 'prompts', 'welcome.wav'),
    });
  });

  it('reports a prompt file that does not exist, with its line', async () => {
    const loaded = await loadContactCenter(
      file('cc.yaml', yaml('').replace('greeting: welcome', 'greeting: prompts/hello.wav')),
    );
    expect(loaded).toEqual({
      ok: false,
      errors: [
        `tenants[0].flows[0].greeting: cannot read prompt file ${join(folder, 'prompts', 'hello.wav')} (ENOENT) (line 13:9)`,
      ],
    });
  });

  it('checks prompt names against the shipped prompts when given', async () => {
    const path = file('cc.yaml', yaml('        musicOnHold: hold-musik'));
    const loaded = await loadContactCenter(path, { shippedPrompts: ['welcome', 'hold-music'] });
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'tenants[0].queues[0].musicOnHold: no shipped prompt "hold-musik" (did you mean "hold-music"?) (line 18:9)',
      ],
    });
  });

  it('reports problems of every kind at once, in file order', async () => {
    const text = yaml('        routing: fastest\n        maxWait: 0').replace('flow: main', 'flow: mian');
    const loaded = await loadContactCenter(file('cc.yaml', text));
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'tenants[0].numbers[0].flow: no flow "mian" in this tenant (did you mean "main"?) (line 10:9)',
        'tenants[0].queues[0].routing: expected one of "longestIdle", "roundRobin", "skillsBased", "serial", got "fastest" (line 18:9)',
        'tenants[0].queues[0].maxWait: expected seconds > 0 (line 19:9)',
      ],
    });
  });
});
