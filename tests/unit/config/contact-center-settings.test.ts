import { parseContactCenter } from '../../../src/config';
import { validContactCenter, withSetting, withSettings } from './contact-center-fixture';

function errorsOf(data: unknown): string[] {
  const result = parseContactCenter(data);
  return result.ok ? [] : result.errors;
}

const tenant = ['tenants', 0] as const;
const sales = [...tenant, 'queues', 0] as const;
const support = [...tenant, 'queues', 1] as const;
const menu = [...tenant, 'flows', 0, 'menus', 0] as const;
const flow = [...tenant, 'flows', 0] as const;

describe('contact-center settings', () => {
  it('accepts the fixture', () => {
    expect(errorsOf(validContactCenter())).toEqual([]);
  });

  it.each<[string, readonly (string | number)[], unknown, string]>([
    [
      'max wait not positive',
      [...sales, 'maxWait'],
      -5,
      'tenants[0].queues[0].maxWait: expected seconds > 0',
    ],
    ['max wait zero', [...sales, 'maxWait'], 0, 'tenants[0].queues[0].maxWait: expected seconds > 0'],
    [
      'max wait over Teams 45 minutes',
      [...sales, 'maxWait'],
      2701,
      'tenants[0].queues[0].maxWait: expected at most 2700 seconds',
    ],
    [
      'max wait not a number',
      [...sales, 'maxWait'],
      'ten',
      'tenants[0].queues[0].maxWait: expected whole seconds, got "ten"',
    ],
    [
      'max wait fractional',
      [...sales, 'maxWait'],
      1.5,
      'tenants[0].queues[0].maxWait: expected whole seconds, got 1.5',
    ],
    [
      'alert time under 15 s',
      [...sales, 'agentAlertSeconds'],
      10,
      'tenants[0].queues[0].agentAlertSeconds: expected at least 15 seconds',
    ],
    [
      'alert time over 180 s',
      [...sales, 'agentAlertSeconds'],
      181,
      'tenants[0].queues[0].agentAlertSeconds: expected at most 180 seconds',
    ],
    [
      'max size over 200',
      [...sales, 'maxSize'],
      201,
      'tenants[0].queues[0].maxSize: expected a number of calls 0-200',
    ],
    ['priority 0', [...sales, 'priority'], 0, 'tenants[0].queues[0].priority: expected a priority 1-5'],
    ['priority 6', [...sales, 'priority'], 6, 'tenants[0].queues[0].priority: expected a priority 1-5'],
    [
      'unknown routing method',
      [...sales, 'routing'],
      'fastest',
      'tenants[0].queues[0].routing: expected one of "longestIdle", "roundRobin", "skillsBased", "serial", got "fastest"',
    ],
    [
      'presence routing not a boolean',
      [...sales, 'presenceBasedRouting'],
      'yes',
      'tenants[0].queues[0].presenceBasedRouting: expected true or false, got "yes"',
    ],
    ['missing queue name', [...sales, 'name'], undefined, 'tenants[0].queues[0].name: required'],
    ['empty queue name', [...sales, 'name'], ' ', 'tenants[0].queues[0].name: must not be empty'],
    [
      'wrap-up code id with a space',
      [...tenant, 'wrapUpCodes', 1, 'id'],
      'follow up',
      'tenants[0].wrapUpCodes[1].id: expected an id of letters, digits, "-" and "_" (up to 64), got "follow up"',
    ],
    [
      'voicemail longer than 120 s',
      [...sales, 'voicemail', 'maxSeconds'],
      121,
      'tenants[0].queues[0].voicemail.maxSeconds: expected at most 120 seconds',
    ],
    [
      'callback attempts 0',
      [...sales, 'callback', 'attempts'],
      0,
      'tenants[0].queues[0].callback.attempts: expected a number of attempts 1-10',
    ],
    [
      'callback key not on a keypad',
      [...sales, 'callback', 'key'],
      'A',
      'tenants[0].queues[0].callback.key: expected a phone key 0-9, "*" or "#", got "A"',
    ],
    [
      'announcements too often',
      [...sales, 'announcements', 'everySeconds'],
      5,
      'tenants[0].queues[0].announcements.everySeconds: expected at least 15 seconds',
    ],
    [
      'announcements of nothing',
      [...sales, 'announcements'],
      { position: false, estimatedWait: false },
      'tenants[0].queues[0].announcements: announces nothing; turn on position or estimatedWait, or leave announcements out',
    ],
    [
      'alert threshold percent over 100',
      [...sales, 'alerts', 'serviceLevelPercent'],
      101,
      'tenants[0].queues[0].alerts.serviceLevelPercent: expected a percentage 1-100',
    ],
    [
      'unknown max-wait action',
      [...sales, 'maxWaitAction'],
      { type: 'hangup' },
      'tenants[0].queues[0].maxWaitAction.type: expected one of "queue", "user", "phone", "disconnect", "voicemail", "callback", "flow", got "hangup"',
    ],
    [
      'queue action without its queue',
      [...sales, 'maxSizeAction'],
      { type: 'queue' },
      'tenants[0].queues[0].maxSizeAction.queue: required',
    ],
    [
      'phone action not E.164',
      [...sales, 'maxSizeAction'],
      { type: 'phone', phone: '425-555-0199' },
      'tenants[0].queues[0].maxSizeAction.phone: expected an E.164 phone number like "+14255550100", got "425-555-0199"',
    ],
    [
      'user action without a GUID',
      [...sales, 'maxWaitAction'],
      { type: 'user', user: 'adele@contoso.com' },
      'tenants[0].queues[0].maxWaitAction.user: expected a GUID like "9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b", got "adele@contoso.com"',
    ],
    [
      'unknown queue setting',
      [...sales, 'maxWiat'],
      300,
      'tenants[0].queues[0].maxWiat: unknown setting (did you mean "maxWait"?)',
    ],
    [
      'tenant id not a GUID',
      [...tenant, 'id'],
      'contoso',
      'tenants[0].id: expected a GUID like "9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b", got "contoso"',
    ],
    [
      'unknown time zone',
      [...tenant, 'timeZone'],
      'Pacific Time',
      'tenants[0].timeZone: expected an IANA time zone like "America/Los_Angeles", got "Pacific Time"',
    ],
    [
      'phone number without +',
      [...tenant, 'numbers', 0, 'phoneNumber'],
      '4255550100',
      'tenants[0].numbers[0].phoneNumber: expected an E.164 phone number like "+14255550100", got "4255550100"',
    ],
    [
      'phone number unquoted in YAML',
      [...tenant, 'numbers', 0, 'phoneNumber'],
      14255550100,
      'tenants[0].numbers[0].phoneNumber: expected an E.164 phone number in quotes ("+14255550100"): unquoted, YAML reads it as a number',
    ],
    [
      'application instance not a GUID',
      [...tenant, 'numbers', 0, 'applicationInstanceId'],
      'main-line',
      'tenants[0].numbers[0].applicationInstanceId: expected a GUID like "9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b", got "main-line"',
    ],
    [
      'agent skill level 6',
      [...tenant, 'agents', 1, 'skills', 'support'],
      6,
      'tenants[0].agents[1].skills.support: expected a skill level 1-5',
    ],
    [
      'agent skill level 0',
      [...tenant, 'agents', 1, 'skills', 'support'],
      0,
      'tenants[0].agents[1].skills.support: expected a skill level 1-5',
    ],
    [
      'agent id not a GUID',
      [...tenant, 'agents', 0, 'id'],
      'adele',
      'tenants[0].agents[0].id: expected a GUID like "9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b", got "adele"',
    ],
    [
      'task capacity 11',
      [...tenant, 'agents', 0, 'taskCapacity'],
      11,
      'tenants[0].agents[0].taskCapacity: expected a number of tasks 0-10',
    ],
    [
      'menu key not on a keypad',
      [...menu, 'choices', '11'],
      { type: 'repeat' },
      'tenants[0].flows[0].menus[0].choices["11"]: expected a phone key 0-9, "*" or "#", got "11"',
    ],
    [
      'menu action unknown',
      [...menu, 'choices', '1'],
      { type: 'goto', queue: 'sales' },
      'tenants[0].flows[0].menus[0].choices["1"].type: expected one of "queue", "menu", "repeat", "play", "user", "phone", "disconnect", "voicemail", "flow", got "goto"',
    ],
    [
      'callback offered from a menu',
      [...menu, 'choices', '3'],
      { type: 'callback' },
      'tenants[0].flows[0].menus[0].choices["3"].type: expected one of "queue", "menu", "repeat", "play", "user", "phone", "disconnect", "voicemail", "flow", got "callback"',
    ],
    [
      'menu without choices',
      [...menu, 'choices'],
      {},
      'tenants[0].flows[0].menus[0].choices: expected at least one key',
    ],
    [
      'menu retries 6',
      [...menu, 'retries'],
      6,
      'tenants[0].flows[0].menus[0].retries: expected a retry count 0-5',
    ],
    [
      'menu timeout 0',
      [...menu, 'timeoutSeconds'],
      0,
      'tenants[0].flows[0].menus[0].timeoutSeconds: expected seconds > 0',
    ],
    [
      'voicemail from a flow without its queue',
      [...menu, 'choices', '9'],
      { type: 'voicemail' },
      'tenants[0].flows[0].menus[0].choices["9"].queue: required',
    ],
    [
      'prompt neither a name, a URL nor a WAV file',
      [...flow, 'greeting'],
      'Welcome to Contoso!',
      'tenants[0].flows[0].greeting: expected a shipped prompt name (like "welcome"), an https URL or a .wav file path, got "Welcome to Contoso!"',
    ],
    [
      'prompt URL with another scheme',
      [...flow, 'greeting'],
      'ftp://media.contoso.com/welcome.wav',
      'tenants[0].flows[0].greeting: expected a shipped prompt name (like "welcome"), an https URL or a .wav file path, got "ftp://media.contoso.com/welcome.wav"',
    ],
    ['flow without start', [...flow, 'start'], undefined, 'tenants[0].flows[0].start: required'],
    [
      'flow start without a type',
      [...flow, 'start'],
      { menu: 'main-menu' },
      'tenants[0].flows[0].start.type: required: one of "queue", "menu", "user", "phone", "disconnect", "voicemail", "flow"',
    ],
    ['no tenants', ['tenants'], [], 'tenants: expected at least 1 item'],
    ['unknown file version', ['version'], 2, 'version: expected one of 1, got 2'],
  ])('names the path of %s', (_, path, value, error) => {
    expect(errorsOf(withSetting(validContactCenter(), path, value))).toEqual([error]);
  });

  describe('business hours and holidays', () => {
    const hours = [...flow, 'businessHours'];
    const closed = [[...flow, 'whenClosed'], { type: 'disconnect', prompt: 'closed' }] as const;

    it.each<[string, unknown, string]>([
      [
        'a time without minutes',
        { monday: ['8-18'] },
        'tenants[0].flows[0].businessHours.monday[0]: expected opening hours like "08:00-18:00", got "8-18"',
      ],
      [
        'overnight hours',
        { friday: ['22:00-06:00'] },
        'tenants[0].flows[0].businessHours.friday[0]: expected the closing time after the opening time (split overnight hours over two days)',
      ],
      [
        'overlapping hours',
        { monday: ['08:00-12:00', '11:00-17:00'] },
        'tenants[0].flows[0].businessHours.monday: opening hours overlap: 08:00-12:00 and 11:00-17:00',
      ],
      [
        'no day open',
        {},
        'tenants[0].flows[0].businessHours: no opening hours on any day; leave businessHours out for a flow that is open 24/7',
      ],
      [
        'a misspelt day',
        { munday: ['08:00-18:00'], monday: ['08:00-18:00'] },
        'tenants[0].flows[0].businessHours.munday: unknown setting (did you mean "monday"?)',
      ],
    ])('names the path of %s', (_, value, error) => {
      expect(errorsOf(withSettings(validContactCenter(), [closed, [hours, value]]))).toEqual([error]);
    });

    it('accepts split days and hours until midnight', () => {
      const value = { monday: ['08:00-12:00', '13:00-17:00'], saturday: ['18:00-24:00'] };
      expect(errorsOf(withSettings(validContactCenter(), [closed, [hours, value]]))).toEqual([]);
    });

    it('requires whenClosed with business hours', () => {
      expect(errorsOf(withSetting(validContactCenter(), hours, { monday: ['08:00-18:00'] }))).toEqual([
        'tenants[0].flows[0].whenClosed: required when the flow has businessHours',
      ]);
    });

    it.each<[string, unknown, string]>([
      [
        'a day that does not exist',
        { name: 'Bad', date: '02-30' },
        'tenants[0].flows[0].holidays[0].date: expected a date: "12-25" (every year) or "2025-12-26" (once), got "02-30"',
      ],
      [
        'no date',
        { name: 'Someday' },
        'tenants[0].flows[0].holidays[0].date: required (or from and to, for several days)',
      ],
      [
        'a date and a range',
        { name: 'Both', date: '12-25', from: '12-24', to: '12-26' },
        'tenants[0].flows[0].holidays[0].date: expected either date or from/to, not both',
      ],
      [
        'a range without its end',
        { name: 'Open-ended', from: '2025-12-24' },
        'tenants[0].flows[0].holidays[0].to: required with from',
      ],
      [
        'a range ending before it starts',
        { name: 'Backwards', from: '2025-12-26', to: '2025-12-24' },
        'tenants[0].flows[0].holidays[0].to: expected a date on or after from (2025-12-26)',
      ],
      [
        'a range mixing yearly and dated',
        { name: 'Mixed', from: '12-24', to: '2025-12-26' },
        'tenants[0].flows[0].holidays[0].to: expected from and to both every year (MM-DD) or both once (YYYY-MM-DD)',
      ],
    ])('names the path of a holiday with %s', (_, holiday, error) => {
      expect(
        errorsOf(withSettings(validContactCenter(), [closed, [[...flow, 'holidays'], [holiday]]])),
      ).toEqual([error]);
    });

    it('accepts yearly ranges over New Year, leap days and dated holidays', () => {
      const holidays = [
        { name: 'Winter break', from: '12-31', to: '01-02' },
        { name: 'Leap day', date: '02-29' },
        { name: 'Offsite', from: '2025-06-12', to: '2025-06-13' },
      ];
      expect(
        errorsOf(withSettings(validContactCenter(), [closed, [[...flow, 'holidays'], holidays]])),
      ).toEqual([]);
    });
  });

  describe("a queue's own settings", () => {
    it('requires a skill for skills-based routing', () => {
      expect(errorsOf(withSetting(validContactCenter(), [...support, 'skills'], {}))).toEqual([
        'tenants[0].queues[1].skills: expected at least one required skill for skillsBased routing',
      ]);
    });

    it('refuses the same key for callback and voicemail', () => {
      const data = withSettings(validContactCenter(), [
        [[...sales, 'callback'], { key: '1' }],
        [[...sales, 'voicemail'], { key: 1 }],
      ]);
      expect(errorsOf(data)).toEqual([
        'tenants[0].queues[0].voicemail.key: key "1" is already the callback key',
      ]);
    });

    it("requires the queue's name prompt when the whisper says the queue name", () => {
      expect(
        errorsOf(withSetting(validContactCenter(), [...sales, 'announcedTransfer'], { enabled: true })),
      ).toEqual([
        'tenants[0].queues[0].namePrompt: required when the announced-transfer whisper includes queueName',
      ]);
    });

    it.each<[string, unknown, string]>([
      [
        'steps out of order',
        [
          { afterSeconds: 120, skills: { support: 1 } },
          { afterSeconds: 60, addAgentsFrom: ['sales'] },
        ],
        'tenants[0].queues[1].escalation[1].afterSeconds: expected more than 120 seconds',
      ],
      [
        'a step after max wait',
        [{ afterSeconds: 1200, skills: {} }],
        'tenants[0].queues[1].escalation[0].afterSeconds: never reached: maxWait is 1200 seconds',
      ],
      [
        'a step that raises a level',
        [{ afterSeconds: 60, skills: { support: 3 } }],
        'tenants[0].queues[1].escalation[0].skills.support: raises the level from 2; escalation can only widen',
      ],
      [
        'a step that adds a skill',
        [{ afterSeconds: 60, skills: { support: 1, billing: 1 } }],
        'tenants[0].queues[1].escalation[0].skills.billing: not required before this step; escalation can only widen',
      ],
      [
        'a step that changes nothing',
        [{ afterSeconds: 60 }],
        'tenants[0].queues[1].escalation[0]: expected skills or addAgentsFrom: a step must widen something',
      ],
    ])('refuses escalation with %s', (_, escalation, error) => {
      expect(errorsOf(withSetting(validContactCenter(), [...support, 'escalation'], escalation))).toEqual([
        error,
      ]);
    });

    it('accepts escalation that lowers the level, then adds agents, then drops the skill', () => {
      const escalation = [
        { afterSeconds: 60, skills: { support: 1 } },
        { afterSeconds: 120, addAgentsFrom: ['sales'] },
        { afterSeconds: 180, skills: {} },
      ];
      expect(errorsOf(withSetting(validContactCenter(), [...support, 'escalation'], escalation))).toEqual([]);
    });
  });

  it('applies the Teams defaults to a queue that only has an id and a name', () => {
    const result = parseContactCenter(validContactCenter());
    expect(result.ok && result.value.tenants[0]?.queues[0]).toMatchObject({
      routing: 'longestIdle',
      priority: 3,
      presenceBasedRouting: true,
      agentAlertSeconds: 30,
      maxWait: 1200,
      maxWaitAction: { type: 'disconnect' },
      maxSize: 50,
      maxSizeAction: { type: 'disconnect' },
      callback: { enabled: false, key: '1', attempts: 3 },
      voicemail: { enabled: false, key: '2', maxSeconds: 120 },
      announcedTransfer: { enabled: false },
      escalation: [],
    });
  });

  it('reads prompts as shipped names, URLs or WAV files', () => {
    const data = withSettings(validContactCenter(), [
      [[...flow, 'greeting'], 'https://media.contoso.com/welcome.wav'],
      [[...menu, 'prompt'], 'prompts/main-menu.wav'],
      [[...menu, 'invalidPrompt'], 'invalid-choice'],
    ]);
    const result = parseContactCenter(data);
    expect(result.ok && result.value.tenants[0]?.flows[0]).toMatchObject({
      greeting: { kind: 'url', url: 'https://media.contoso.com/welcome.wav' },
      menus: [
        {
          prompt: { kind: 'file', path: 'prompts/main-menu.wav' },
          invalidPrompt: { kind: 'shipped', name: 'invalid-choice' },
        },
      ],
    });
  });

  it('reports every problem at once', () => {
    const data = withSettings(validContactCenter(), [
      [[...sales, 'maxWait'], 0],
      [[...sales, 'routing'], 'fastest'],
      [[...support, 'priority'], 9],
      [[...tenant, 'agents', 0, 'skills', 'sales'], 7],
    ]);
    expect(errorsOf(data)).toEqual([
      'tenants[0].queues[0].routing: expected one of "longestIdle", "roundRobin", "skillsBased", "serial", got "fastest"',
      'tenants[0].queues[0].maxWait: expected seconds > 0',
      'tenants[0].queues[1].priority: expected a priority 1-5',
      'tenants[0].agents[0].skills.sales: expected a skill level 1-5',
    ]);
  });

  it('returns the contact center frozen', () => {
    const result = parseContactCenter(validContactCenter());
    expect(result.ok && Object.isFrozen(result.value.tenants[0]?.queues[0])).toBe(true);
  });
});
