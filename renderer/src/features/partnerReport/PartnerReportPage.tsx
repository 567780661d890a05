import { useState } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import type { Location } from '../../../../shared/domain/location';
import { DateRangeFields, type DateRange } from '../../components/DateRangeFields';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { Pager } from '../../components/Pager';
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
    <LocalizationProvider dateAdapter={AdapterLuxon}>
      <Stack spacing={2} sx={{ p: 2, maxWidth: 1300 }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
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
        <Paper variant="outlined" component="section" aria-label="Booked with Frontdesk" sx={{ p: 2 }}>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
              Appointments
            </Typography>
            <Pager
              label="Appointments"
              page={shownPage}
              pageSize={pageSize}
              shown={appointments.length}
              total={report.data?.total ?? null}
              hasMore={report.data ? shownPage * pageSize < report.data.total : false}
              disabled={report.isFetching}
              onPage={setPage}
            />
          </Stack>
          {report.isFetching && <LinearProgress aria-label="Loading the report" />}
          {report.error && (
            <LoadProblem
              error={report.error}
              fallback="The report could not be loaded."
              onRetry={() => void report.refetch()}
            />
          )}
          {report.isSuccess && appointments.length === 0 ? (
            <EmptyState
              title="Nothing booked with Frontdesk"
              description="No appointment on these dates was booked through Frontdesk."
              icon={<AssessmentIcon />}
            />
          ) : (
            <PartnerReportTable appointments={appointments} zone={location.timezone} currency={currency} />
          )}
        </Paper>
      </Stack>
    </LocalizationProvider>
  );
}
