import { memo, useCallback, type MouseEvent, type RefObject } from 'react';
import FullCalendar from '@fullcalendar/react';
import type {
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventDropArg,
  EventSourceInput,
} from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxon3Plugin from '@fullcalendar/luxon3';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import type { ResourceInput } from '@fullcalendar/resource';
import { renderEventContent } from './appointmentEvent';
import './calendar.css';
import { useNavigation } from '../../navigation';
import { memberCommentsFocus } from '../comments';
import { addHeaderButtons, hoursButtonTarget, reviewsButtonMember } from './resourceLabel';
import { commonGridOptions } from './gridOptions';
import { useLibraryLocales } from '../../i18n';

const plugins = [resourceTimeGridPlugin, listPlugin, interactionPlugin, luxon3Plugin];
const views = {
  resourceTimeGridWeek: { datesAboveResources: true },
};

export interface CalendarCallbacks {
  datesSet: (arg: DatesSetArg) => void;
  eventClick: (arg: EventClickArg) => void;
  eventDrop: (arg: EventDropArg) => void;
  eventResize: (arg: EventResizeDoneArg) => void;
  select: (arg: DateSelectArg) => void;
  loading: (isLoading: boolean) => void;
}

/** What the desk's preferences decide about the grid (see Settings → This desk). */
export interface GridOptions {
  firstDay: number;
  slotDuration: string;
  slotMinTime: string;
  slotMaxTime: string;
}

interface CalendarViewProps {
  calendarRef: RefObject<FullCalendar | null>;
  grid: GridOptions;
  zone: string;
  initialView: string;
  initialDate: string;
  resources: ResourceInput[];
  eventSources: EventSourceInput[];
  callbacks: CalendarCallbacks;
  /** The location's currency, for the cards' price tooltips. */
  currency: string;
  /** A column header's working-hours button: the member, and the header's date (null in the day view). */
  onWorkingHours: (memberId: number, date: string | null) => void;
  /** No drag, resize or slot selection (Altegio cannot be reached). */
  readOnly?: boolean;
}

/**
 * FullCalendar with every prop stable: a re-render of the page must not redraw the calendar (the grid
 * options change only when the desk changes a preference). Changes to appointments reach it through its
 * API (see the appointment projection), not through props.
 */
export const CalendarView = memo(function CalendarView(props: CalendarViewProps) {
  const { calendarRef, zone, initialView, initialDate, resources, eventSources, callbacks, grid, currency } =
    props;
  const { onWorkingHours, readOnly = false } = props;
  const { go } = useNavigation();
  const { fullCalendar: locale = 'en' } = useLibraryLocales();
  // One listener for every column header's buttons (see resourceLabel).
  const openReviews = useCallback(
    (event: MouseEvent) => {
      const member = reviewsButtonMember(event.target);
      if (member !== null) go('comments', memberCommentsFocus(member));
      const hours = hoursButtonTarget(event.target);
      if (hours) onWorkingHours(hours.memberId, hours.date);
    },
    [go, onWorkingHours],
  );
  return (
    <div className="fd-calendar" data-testid="calendar" data-currency={currency} onClick={openReviews}>
      <FullCalendar
        ref={calendarRef}
        {...commonGridOptions}
        plugins={plugins}
        timeZone={zone}
        locale={locale}
        initialView={initialView}
        initialDate={initialDate}
        views={views}
        firstDay={grid.firstDay}
        slotDuration={grid.slotDuration}
        slotMinTime={grid.slotMinTime}
        slotMaxTime={grid.slotMaxTime}
        editable={!readOnly}
        eventResourceEditable={!readOnly}
        selectable={!readOnly}
        selectMirror
        resources={resources}
        resourceLabelDidMount={addHeaderButtons}
        eventSources={eventSources}
        eventContent={renderEventContent}
        datesSet={callbacks.datesSet}
        eventClick={callbacks.eventClick}
        eventDrop={callbacks.eventDrop}
        eventResize={callbacks.eventResize}
        select={callbacks.select}
        loading={callbacks.loading}
      />
    </div>
  );
});
