import type { Handlers } from '../ipc/invoker';
import { createAltegioHandlers } from './altegio';
import { createAppHandlers } from './app';
import { createAppointmentsHandlers } from './appointments';
import { createAvailabilityHandlers } from './availability';
import { createBookingInboxHandlers } from './bookingInbox';
import { createChainViewHandlers } from './chainView';
import { createClientsHandlers } from './clients';
import { createCommentsHandlers } from './comments';
import { createCustomFieldsHandlers } from './customFields';
import type { HandlerDeps } from './deps';
import { createLabelsHandlers } from './labels';
import { createOfflineHandlers, keepForOffline } from './offline';
import { createOnlineBookingHandlers } from './onlineBooking';
import { createPartnerReportHandlers } from './partnerReport';
import { createPreferencesHandlers } from './preferences';
import { createRunningLateHandlers } from './runningLate';
import { createSchedulesHandlers } from './schedules';
import { createServicesHandlers } from './services';
import { createSessionHandlers } from './session';
import { createStaffOutHandlers } from './staffOut';
import { createTeamHandlers } from './team';
import { createTeamHoursHandlers } from './teamHours';
import { createVisitsHandlers } from './visits';
import { createVisitMoveHandlers } from './visitMove';
import { createRebookHandlers } from './rebook';
import { createWalkInHandlers } from './walkIn';

export type { HandlerDeps } from './deps';

/** Every channel's handler: one module per feature, named as its contract slice. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const handlers: Handlers = {
    ...createAppHandlers(deps),
    ...createPreferencesHandlers(deps),
    ...createSessionHandlers(deps),
    ...createTeamHandlers(deps),
    ...createAppointmentsHandlers(deps),
    ...createClientsHandlers(deps),
    ...createServicesHandlers(deps),
    ...createLabelsHandlers(deps),
    ...createCustomFieldsHandlers(deps),
    ...createAvailabilityHandlers(deps),
    ...createSchedulesHandlers(deps),
    ...createVisitsHandlers(deps),
    ...createCommentsHandlers(deps),
    ...createPartnerReportHandlers(deps),
    ...createOnlineBookingHandlers(deps),
    ...createWalkInHandlers(deps),
    ...createRebookHandlers(deps),
    ...createBookingInboxHandlers(deps),
    ...createTeamHoursHandlers(deps),
    ...createStaffOutHandlers(deps),
    ...createRunningLateHandlers(deps),
    ...createVisitMoveHandlers(deps),
    ...createChainViewHandlers(deps),
    ...createAltegioHandlers(deps),
    ...createOfflineHandlers(deps),
  };
  return keepForOffline(handlers, deps.offlineDays);
}
