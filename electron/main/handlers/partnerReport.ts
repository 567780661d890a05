import { PARTNER_REPORT_PAGE_SIZE, type partnerReportContract } from '../../../shared/contract/partnerReport';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createPartnerReportHandlers({
  session,
}: HandlerDeps): SliceHandlers<typeof partnerReportContract> {
  return {
    'partnerReport.page': ({ locationId, from, to, page }) =>
      session.withLocation(locationId, (client, location) =>
        client.partnerReport.page(location, { from, to }, page, PARTNER_REPORT_PAGE_SIZE),
      ),
  };
}
