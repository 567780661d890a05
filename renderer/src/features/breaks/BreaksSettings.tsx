import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { BREAK_MINUTES } from '../../../../shared/domain/appointment';
import type { Location } from '../../../../shared/domain/location';
import { LoadProblem } from '../../components/LoadProblem';
import { atLocation, usePreferences } from '../preferences';
import { useServices } from '../services';
import { IsolatedText } from '../../components/IsolatedText';
import { isolate } from '../../components/isolate';
import { i18n, params, useMessages } from '../../i18n';
import { breakText, serviceBreakRows } from './model';

const messages = i18n('breaks/BreaksSettings', {
  intro:
    'A technical break is time kept free after an appointment (cleaning, setting up). Altegio counts it in the appointment’s length, in steps of 5 minutes up to an hour; the calendar draws it as the hatched end of the card.',
  altegioDefault:
    'The default break for all appointments of a location is set in Altegio’s web app (Settings → Appointment Calendar → Technical breaks). Altegio’s API cannot read or change it, so Frontdesk cannot show it here. What you choose below is kept on this computer and only fills in new appointments made at this desk.',
  breakAt: params('Break for new appointments at {location}'),
  breakHelp: 'The appointment dialog starts with this; it can still be changed per appointment.',
  leaveToAltegio: 'Altegio’s location default (leave it to Altegio)',
  ownBreaks: 'Each service’s own break',
  loading: 'Loading services',
  notLoaded: 'The services could not be loaded.',
  tableLabel: 'Breaks of the services',
  service: 'Service',
  length: 'Length',
  technicalBreak: 'Technical break',
  minutes: params('{minutes} min'),
  changedInAltegio: 'Services’ breaks are changed in Altegio’s service settings.',
});

const ALTEGIO_DEFAULT = 'altegio';

/** The desk's default break for new appointments here, and each service's own break, read from Altegio. */
export function BreaksSettings({ location }: { location: Location }) {
  const { preferences, update } = usePreferences();
  const services = useServices(location.id);
  const chosen = preferences.breakDefaults[String(location.id)];
  const t = useMessages(messages);

  const choose = (value: string) =>
    update({
      breakDefaults: atLocation(
        preferences.breakDefaults,
        location.id,
        value === ALTEGIO_DEFAULT ? undefined : Number(value) * 60,
      ),
    });

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      <Alert severity="info">{t.altegioDefault}</Alert>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <TextField
          select
          label={<IsolatedText text={t.breakAt({ location: isolate(location.title) })} />}
          value={chosen === undefined ? ALTEGIO_DEFAULT : String(chosen / 60)}
          onChange={(event) => choose(event.target.value)}
          helperText={t.breakHelp}
          sx={{ minWidth: 360 }}
        >
          <MenuItem value={ALTEGIO_DEFAULT}>{t.leaveToAltegio}</MenuItem>
          {BREAK_MINUTES.map((minutes) => (
            <MenuItem key={minutes} value={String(minutes)}>
              {breakText(minutes * 60)}
            </MenuItem>
          ))}
        </TextField>
      </Paper>
      <Typography variant="subtitle1" component="h2">
        {t.ownBreaks}
      </Typography>
      {services.isFetching && <LinearProgress aria-label={t.loading} />}
      {services.error && (
        <LoadProblem error={services.error} fallback={t.notLoaded} onRetry={() => void services.refetch()} />
      )}
      {services.data && (
        <Table size="small" aria-label={t.tableLabel}>
          <TableHead>
            <TableRow>
              <TableCell>{t.service}</TableCell>
              <TableCell align="right">{t.length}</TableCell>
              <TableCell>{t.technicalBreak}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {serviceBreakRows(services.data).map((row) => (
              <TableRow key={row.id}>
                <TableCell component="th" scope="row">
                  {row.title}
                </TableCell>
                <TableCell align="right">{t.minutes({ minutes: row.durationMinutes })}</TableCell>
                <TableCell>{breakText(row.breakSeconds)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="caption" color="text.secondary">
        {t.changedInAltegio}
      </Typography>
    </Stack>
  );
}
