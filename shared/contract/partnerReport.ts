import { z } from 'zod';
import { IsoDate } from '../domain/common';
import { PartnerReportPage } from '../domain/partnerReport';
import { AtLocation, type Slice } from './common';

/** Appointments per report page (Altegio allows up to 100). */
export const PARTNER_REPORT_PAGE_SIZE = 25;
const MAX_RANGE_DAYS = 366;

/** Appointment dates in the location's zone, both inclusive. */
export const PartnerReportQuery = AtLocation.extend({
  from: IsoDate,
  to: IsoDate,
  page: z.number().int().min(1).max(10_000),
})
  .refine(({ from, to }) => from <= to, { message: 'issue.range.backwards', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 <= MAX_RANGE_DAYS, {
    message: 'issue.range.overAYear',
    path: ['to'],
  });
export type PartnerReportQuery = z.input<typeof PartnerReportQuery>;

export const partnerReportContract = {
  /** Appointments booked through Frontdesk (with its partner token) at the location, one page. */
  'partnerReport.page': { input: PartnerReportQuery, output: PartnerReportPage },
} as const satisfies Slice;
