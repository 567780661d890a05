import { memo, useEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { EventClickArg } from '@fullcalendar/core';
import luxon3Plugin from '@fullcalendar/luxon3';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import type { Location } from '../../../../shared/domain/location';
import { problemText } from '../../api';
import { i18n, params, useLibraryLocales, useMessages } from '../../i18n';
import { useLiveAppointments } from '../appointments';
import { AppointmentProjection, commonGridOptions, renderEventContent } from '../calendar';
import { hourTime, slotDuration, usePreferences } from '../preferences';
import { useTeam } from '../team';
import { ColumnHeader } from './ColumnHeader';

const messages = i18n('chainView/ChainColumn', {
  column: params('{location}: the day'),
  loading: params('Loading {location}'),
  notLoaded: 'This location’s day could not be loaded.',
  retry: 'Try again',
});

const plugins = [resourceTimeGridPlugin, luxon3Plugin];

interface ChainColumnProps {
  location: Location;
  /** The calendar date shown, as this location's own day. */
  date: string;
  onOpen: (locationId: number, appointmentId: number) => void;
  /** The pointer or the keyboard came into this column. */
  onFocus: (locationId: number) => void;
}

/**
 * One location's day: its team members as columns and the calendar's own cards, in the location's zone,
 * from the same cache and live updates as the calendar. Read-only: nothing is dragged across locations.
 */
export const ChainColumn = memo(function ChainColumn({ location, date, onOpen, onFocus }: ChainColumnProps) {
  const t = useMessages(messages);
  const { fullCalendar: locale = 'en' } = useLibraryLocales();
  const queryClient = useQueryClient();
  const calendarRef = useRef<FullCalendar | null>(null);
  const { preferences, loaded } = usePreferences();
  const team = useTeam(location.id);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const zone = location.timezone;
  const locationId = location.id;

  const projection = useMemo(
    () =>
      new AppointmentProjection({
        queryClient,
        locationId,
        zone,
        calendar: calendarRef,
        onError: setLoadError,
      }),
    [queryClient, locationId, zone],
  );
  useEffect(() => () => projection.dispose(), [projection]);
  useLiveAppointments(locationId, preferences.refreshSeconds * 1000);

  const hidden = preferences.hiddenTeamMembers[String(locationId)];
  const resources = useMemo(
    () =>
      (team.data ?? [])
        .filter((member) => !hidden?.includes(member.id))
        .map((member, index) => ({ id: String(member.id), title: member.name, order: index })),
    [team.data, hidden],
  );
  const callbacks = useMemo(
    () => ({
      eventClick: (arg: EventClickArg) => {
        const id = Number(arg.event.id);
        // Group events' cards (and the shaded off-hours) open nothing here.
        if (arg.event.extendedProps['appointment'] && Number.isFinite(id)) onOpen(locationId, id);
      },
      loading: (isLoading: boolean) => {
        projection.setLoading(isLoading);
        setLoading(isLoading);
      },
    }),
    [locationId, onOpen, projection],
  );
  // The date FullCalendar starts at, fixed when it mounts; later dates go through its API.
  const firstDate = useRef<string | null>(null);
  useEffect(() => {
    calendarRef.current?.getApi().gotoDate(date);
  }, [date]);

  const grid = {
    slotDuration: slotDuration(preferences.slotMinutes),
    slotMinTime: hourTime(preferences.dayHours.from),
    slotMaxTime: hourTime(preferences.dayHours.to),
  };
  const error = loadError ?? team.error;
  return (
    <Box
      component="section"
      aria-label={t.column({ location: location.title })}
      data-testid="chain-column"
      data-location-id={locationId}
      onMouseEnter={() => onFocus(locationId)}
      onFocus={() => onFocus(locationId)}
      sx={{
        flex: '1 1 0',
        minWidth: 340,
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        borderRight: 1,
        borderColor: 'divider',
      }}
    >
      <ColumnHeader location={location} date={date} />
      <Box sx={{ height: 4 }}>
        {(loading || team.isFetching) && (
          <LinearProgress aria-label={t.loading({ location: location.title })} />
        )}
      </Box>
      {error && (
        <Alert
          severity="error"
          sx={{ mx: 1 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                void team.refetch();
                calendarRef.current?.getApi().refetchEvents();
              }}
            >
              {t.retry}
            </Button>
          }
        >
          {problemText(error, t.notLoaded)}
        </Alert>
      )}
      <Box
        className="fd-calendar"
        data-currency={location.currency}
        sx={{ flexGrow: 1, minHeight: 0, px: 0.5 }}
      >
        {team.isSuccess && loaded && (
          <FullCalendar
            {...commonGridOptions}
            ref={calendarRef}
            plugins={plugins}
            timeZone={zone}
            locale={locale}
            initialView="resourceTimeGridDay"
            initialDate={(firstDate.current ??= date)}
            slotDuration={grid.slotDuration}
            slotMinTime={grid.slotMinTime}
            slotMaxTime={grid.slotMaxTime}
            editable={false}
            resources={resources}
            eventSources={projection.sources}
            eventContent={renderEventContent}
            eventClick={callbacks.eventClick}
            loading={callbacks.loading}
          />
        )}
      </Box>
    </Box>
  );
});
