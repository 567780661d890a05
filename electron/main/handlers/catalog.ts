import type { Session } from '../session';

/** What the booking dialog offers: services with per-member lengths, appointment labels, custom fields. */
export function createCatalogHandlers(session: Session) {
  return {
    'catalog.services': () => session.withClient((client, location) => client.services.list(location)),

    /** Labels that can go on an appointment: the appointment ones and the common ones. */
    'catalog.labels': () =>
      session.withClient(async (client, location) => {
        const [own, common] = await Promise.all([
          client.labels.list(location, 'record'),
          client.labels.list(location, 'common'),
        ]);
        return [...own, ...common];
      }),

    'catalog.customFields': () =>
      session.withClient((client, location) => client.customFields.list(location, 'record')),
  };
}
