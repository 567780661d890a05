import { useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { Location } from '../../../../shared/domain/location';
import { DateRangeFields, type DateRange } from '../../components/DateRangeFields';
import { PagedSection } from '../../components/PagedSection';
import { i18n, useMessages } from '../../i18n';
import { useCurrency } from '../../money';
import { todayIn } from '../../time';
import { usePartnerReport } from './api';
import { defaultReportRange } from './model';
import { PartnerReportTable } from './PartnerReportTable';

const messages = i18n('partnerReport/PartnerReportPage', {
  title: 'Frontdesk bookings',
  intro:
    'Appointments on these dates that were booked through Frontdesk (Altegio lists them by the integration that created them), deleted ones included.',
  section: 'Booked with Frontdesk',
  appointments: 'Appointments',
  loading: 'Loading the report',
  notLoaded: 'The report could not be loaded.',
  nothing: 'Nothing booked with Frontdesk',
  nothingHint: 'No appointment on these dates was booked through Frontdesk.',
});

/** What was booked through Frontdesk at this location, by appointment date, a page at a time. */
export function PartnerReportPage({ location }: { location: Location }) {
  const currency = useCurrency();
  const t = useMessages(messages);
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
          <ScreenReaderOnly as="h1">{t.title}</ScreenReaderOnly>
          <DateRangeFields
            range={range}
            zone={location.timezone}
            onChange={(next) => {
              setRange(next);
              setPage(1);
            }}
          />
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, maxWidth: 560, pt: 1 }}>
            {t.intro}
          </Typography>
        </Stack>
        <PagedSection
          label={t.section}
          title={t.appointments}
          pager={{
            label: t.appointments,
            page: shownPage,
            pageSize,
            shown: appointments.length,
            total: report.data?.total ?? null,
            hasMore: report.data ? shownPage * pageSize < report.data.total : false,
            disabled: report.isFetching,
            onPage: setPage,
          }}
          read={report}
          loadingLabel={t.loading}
          problem={t.notLoaded}
          empty={{
            when: appointments.length === 0,
            title: t.nothing,
            description: t.nothingHint,
            icon: <AssessmentIcon />,
          }}
        >
          <PartnerReportTable appointments={appointments} zone={location.timezone} currency={currency} />
        </PagedSection>
      </Stack>
    </>
  );
}
