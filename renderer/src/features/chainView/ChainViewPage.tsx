import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { DateTime } from 'luxon';
import type { Location } from '../../../../shared/domain/location';
import { isolate } from '../../components/isolate';
import { IsolatedText } from '../../components/IsolatedText';
import { NoticeBar, type Notice } from '../../components/NoticeBar';
import { longDay } from '../../format';
import { i18n, useLocale, useMessages } from '../../i18n';
import { useOpenedOnce } from '../../lazyPart';
import { todayIn } from '../../time';
import { usePreferences } from '../preferences';
import { useSession } from '../session';
import { useFocusedLocation } from './api';
import { ChainColumn } from './ChainColumn';
import { ChainDrawer } from './ChainDrawer';
import { shiftDate, shownLocations } from './model';

const messages = i18n('chainView/ChainViewPage', {
  toolbar: 'All locations',
  today: 'Today',
  previous: 'Previous day',
  next: 'Next day',
  locations: 'Locations (two or more)',
  sameDate: 'The same date at each location, in its own time zone',
  days: 'The day at each location',
});

interface Selection {
  locationId: number;
  appointmentId: number;
}

/**
 * One date at several of the user's locations side by side, each in its own zone with its own team, and
 * the calendar's drawer for a card of any of them. The date starts as the open location's today.
 */
export function ChainViewPage({ location }: { location: Location }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const { session } = useSession();
  const locations = session?.locations.length ? session.locations : [location];
  const [date, setDate] = useState(() => todayIn(location.timezone));
  const { preferences, update } = usePreferences();
  const shown = shownLocations(locations, preferences.chainLocations, location.id);
  const focus = useFocusedLocation(location.id);
  const [selected, setSelected] = useState<Selection | null>(null);
  const [drawerLocationId, setDrawerLocationId] = useState(location.id);
  const drawerOpened = useOpenedOnce(selected !== null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const drawerLocation = locations.find((item) => item.id === drawerLocationId) ?? location;

  const open = useCallback((locationId: number, appointmentId: number) => {
    setDrawerLocationId(locationId);
    setSelected({ locationId, appointmentId });
  }, []);

  return (
    <>
      <Stack
        direction="row"
        role="toolbar"
        aria-label={t.toolbar}
        sx={{ alignItems: 'center', gap: 1, px: 2, py: 1, flexWrap: 'wrap' }}
      >
        <Button variant="outlined" size="small" onClick={() => setDate(todayIn(location.timezone))}>
          {t.today}
        </Button>
        <IconButton aria-label={t.previous} size="small" onClick={() => setDate(shiftDate(date, -1))}>
          <ChevronLeftIcon />
        </IconButton>
        <IconButton aria-label={t.next} size="small" onClick={() => setDate(shiftDate(date, 1))}>
          <ChevronRightIcon />
        </IconButton>
        <Typography
          component="h1"
          variant="subtitle1"
          sx={{ fontWeight: 600, minWidth: 200 }}
          data-testid="chain-date"
        >
          {longDay(DateTime.fromISO(date), true)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t.sameDate}
        </Typography>
        <FormControl size="small" sx={{ minWidth: 240 }}>
          <InputLabel id="chain-locations-label">{t.locations}</InputLabel>
          <Select<number[]>
            multiple
            labelId="chain-locations-label"
            label={t.locations}
            value={shown.map((item) => item.id)}
            onChange={(event) => {
              const ids = event.target.value;
              // Fewer than two is not a chain: the last two stay.
              if (Array.isArray(ids) && ids.length >= 2) update({ chainLocations: ids });
            }}
            renderValue={() => (
              <IsolatedText
                text={new Intl.ListFormat(locale).format(shown.map((item) => isolate(item.title)))}
              />
            )}
          >
            {locations.map((item) => (
              <MenuItem key={item.id} value={item.id}>
                <Checkbox size="small" checked={shown.some((other) => other.id === item.id)} />
                <ListItemText primary={item.title} secondary={item.timezone} />
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      <Box
        role="region"
        aria-label={t.days}
        sx={{
          display: 'flex',
          flexGrow: 1,
          minHeight: 480,
          overflowX: 'auto',
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        {shown.map((item) => (
          <ChainColumn key={item.id} location={item} date={date} onOpen={open} onFocus={focus} />
        ))}
      </Box>
      {drawerOpened && (
        <ChainDrawer
          location={drawerLocation}
          appointmentId={selected?.appointmentId ?? null}
          isOpenLocation={drawerLocation.id === location.id}
          onClose={() => setSelected(null)}
          onShow={open}
          notify={setNotice}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
