import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PartnerReportQuery } from '../../../../shared/contract/partnerReport';
import { call } from '../../api';

export const partnerReportKeys = {
  page: ({ locationId, from, to, page }: PartnerReportQuery) =>
    ['partnerReport', locationId, from, to, page] as const,
};

/** One page of the report, read afresh on each visit; the previous page stays while the next loads. */
export function usePartnerReport(query: PartnerReportQuery) {
  return useQuery({
    queryKey: partnerReportKeys.page(query),
    queryFn: () => call('partnerReport.page', query),
    refetchOnMount: 'always',
    placeholderData: keepPreviousData,
  });
}
