import { useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { Location } from '../../../../shared/domain/location';
import { DateRangeFields, type DateRange } from '../../components/DateRangeFields';
import { PagedSection } from '../../components/PagedSection';
import { useCurrency } from '../../money';
import { todayIn } from '../../time';
import { usePartnerReport } from './api';
import { defaultReportRange } from './model';
import { PartnerReportTable } from './PartnerReportTable';

/** What was booked through Frontdesk at this location, by appointment date, a page at a time. */
export function PartnerReportPage({ location }: { location: Location }) {
  const currency = useCurrency();
  const [range, setRange] = useState<DateRange>(() => defaultReportRange(todayIn(location.timezone)));
  const [page, setPage] = useState(1);
  const report = usePartnerReport({ locationId: location.id, ...range, page });
  const appointments = report.data?.appointments ?? [];
  const shownPage = report.data?.page ?? page;
  const pageSize = report.data?.pageSize ?? 1;
  return (
    <>
      <Stack spacing={2} sx={{ p: 2, maxWidth: 1300 }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <ScreenReaderOnly as="h1">Frontdesk bookings</ScreenReaderOnly>
          <DateRangeFields
            range={range}
            zone={location.timezone}
            onChange={(next) => {
              setRange(next);
              setPage(1);
            }}
          />
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, maxWidth: 560, pt: 1 }}>
            Appointments on these dates that were booked through Frontdesk (Altegio lists them by the
            integration that created them), deleted ones included.
          </Typography>
        </Stack>
        <PagedSection
          label="Booked with Frontdesk"
          title="Appointments"
          pager={{
            label: 'Appointments',
            page: shownPage,
            pageSize,
            shown: appointments.length,
            total: report.data?.total ?? null,
            hasMore: report.data ? shownPage * pageSize < report.data.total : false,
            disabled: report.isFetching,
            onPage: setPage,
          }}
          read={report}
          loadingLabel="Loading the report"
          problem="The report could not be loaded."
          empty={{
            when: appointments.length === 0,
            title: 'Nothing booked with Frontdesk',
            description: 'No appointment on these dates was booked through Frontdesk.',
            icon: <AssessmentIcon />,
          }}
        >
          <PartnerReportTable appointments={appointments} zone={location.timezone} currency={currency} />
        </PagedSection>
      </Stack>
    </>
  );
}
