import { createAppointmentsApi } from './appointments';
import { createAuthApi } from './auth';
import { createAvailabilityApi } from './availability';
import { createBookingUsersApi } from './bookingUsers';
import { createClientsApi } from './clients';
import { createCommentsApi } from './comments';
import { createCustomFieldsApi } from './customFields';
import { createHttp, type HttpOptions } from './http';
import { createLabelsApi } from './labels';
import type { Limiter } from './limiter';
import type { AltegioLogger } from './logger';
import { createLocationsApi } from './locations';
import type { UnreadableSink } from './listItems';
import { createPartnerReportApi } from './partnerReport';
import { createSchedulesApi } from './schedules';
import { createServicesApi } from './services';
import { createTeamApi } from './team';
import { createTeamHoursApi } from './teamHours';
import { createVisitsApi } from './visits';

export interface AltegioClientOptions {
  baseUrl: string;
  partnerToken: string;
  userToken?: string;
  fetch?: typeof fetch;
  limiter?: Limiter;
  logger?: AltegioLogger;
  /** The screens' language now, for Accept-Language on every request (see HttpOptions.language). */
  language?: () => string;
  /** Told how many records each list read left out as unreadable (appointments count their own). */
  onUnreadable?: UnreadableSink;
  /** Transport tuning, mostly for tests (timeouts, attempts, delays). */
  transport?: Partial<
    Omit<HttpOptions, 'baseUrl' | 'partnerToken' | 'userToken' | 'fetch' | 'limiter' | 'logger'>
  >;
}

/** Everything Frontdesk asks of Altegio, one module per resource over one transport. */
export function createAltegioClient(options: AltegioClientOptions) {
  const http = createHttp({ ...options.transport, ...options });
  const appointments = createAppointmentsApi(http);
  const lists = { onUnreadable: options.onUnreadable, logger: options.logger };
  const team = createTeamApi(http, lists);
  return {
    http,
    auth: createAuthApi(http),
    locations: createLocationsApi(http, lists),
    team,
    teamHours: createTeamHoursApi(http, team),
    services: createServicesApi(http, lists),
    clients: createClientsApi(http, lists),
    appointments,
    customFields: createCustomFieldsApi(http, lists),
    labels: createLabelsApi(http, lists),
    schedules: createSchedulesApi(http, lists),
    visits: createVisitsApi(http, appointments.get),
    comments: createCommentsApi(http, lists),
    partnerReport: createPartnerReportApi(http, lists),
    availability: createAvailabilityApi(http, lists),
    bookingUsers: createBookingUsersApi(http),
  };
}

export type AltegioClient = ReturnType<typeof createAltegioClient>;
