/**
 * Channel and event names, free of dependencies so the preload bundle can import them.
 * `shared/contract.ts` declares a schema for each of these, and the compiler keeps the two in step.
 */
export const channelNames = [
  'app.info',
  'settings.get',
  'settings.set',
  'session.get',
  'session.signIn',
  'session.openDemo',
  'session.signOut',
  'session.selectLocation',
  'session.retryRestore',
  'team.list',
  'team.workingHours',
  'appointments.list',
  'appointments.changes',
  'appointments.get',
  'appointments.move',
  'appointments.setStatus',
  'appointments.create',
  'appointments.update',
  'appointments.cancel',
  'clients.search',
  'clients.recentVisits',
  'catalog.services',
  'catalog.labels',
  'catalog.customFields',
  'availability.times',
  'availability.dates',
  'availability.check',
] as const;
export type Channel = (typeof channelNames)[number];

export const eventNames = ['settings.changed', 'session.changed', 'session.expired'] as const;
export type EventName = (typeof eventNames)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}

/** The single ipcRenderer → webContents channel that carries every push event. */
export const EVENT_IPC_CHANNEL = 'frontdesk:event';
