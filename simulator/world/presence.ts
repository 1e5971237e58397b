/** Graph's presence values (CSDL v1.0). */
export const availabilities = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
] as const;

export const activities = [
  'Available',
  'Away',
  'BeRightBack',
  'Busy',
  'DoNotDisturb',
  'InACall',
  'InAConferenceCall',
  'Inactive',
  'InAMeeting',
  'Offline',
  'OffWork',
  'OutOfOffice',
  'PresenceUnknown',
  'Presenting',
  'UrgentInterruptionsOnly',
] as const;

export type Availability = (typeof availabilities)[number];
export type Activity = (typeof activities)[number];

export interface Presence {
  availability: Availability;
  activity: Activity;
}

/** States a call overrides, as Teams does: an available user in a call shows Busy / InACall. */
const yieldsToCall = new Set<Availability>(['Available', 'AvailableIdle', 'Away', 'BeRightBack']);

/** What Graph reports: the presence the user chose, unless they are in a call and chose nothing stronger. */
export function effectivePresence(chosen: Presence, inCall: boolean): Presence {
  if (inCall && yieldsToCall.has(chosen.availability)) return { availability: 'Busy', activity: 'InACall' };
  return chosen;
}
