import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/Print';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { Suspense, useState, type ComponentProps, type ReactNode, type RefObject } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { Label } from '../../../../shared/domain/label';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, usePartsPrefetched } from '../../lazyPart';
import { ReadOnlyHint } from '../offline';
import { DeskToolsMenu, type DeskTool } from './DeskToolsMenu';
import { GoToDate } from './GoToDate';
import { StandInField } from './StandInField';
import { labelsShownText, membersShownText, toolbarText } from './toolbarText';
import { viewNames, viewTypes, type CalendarViewKind } from './views';
import { Hint } from '../../components/Hint';

interface CalendarToolbarProps {
  zone: string;
  date: string;
  title: string;
  view: CalendarViewKind;
  teamMembers: readonly TeamMember[];
  visibleIds: readonly number[];
  focusedMemberId: number | null;
  /** The appointment labels to filter by, and the ones chosen (none = every appointment). */
  labels: readonly Label[];
  labelFilterIds: readonly number[];
  onLabelFilter: (ids: number[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  searchAppointments: () => Appointment[];
  onToday: () => void;
  onPrev: () => void;
  onNext: () => void;
  onDate: (date: string) => void;
  onView: (view: CalendarViewKind) => void;
  onVisible: (ids: number[]) => void;
  onFocusMember: (id: number) => void;
  onFound: (appointment: Appointment) => void;
  onPrint: () => void;
  onWalkIn: () => void;
  /** Tools that change many appointments at once, in the "Desk tools" menu. */
  deskTools: readonly DeskTool[];
  /** Why changes are off (Altegio cannot be reached), or null. */
  readOnly?: string | null;
  /** The online-booking inbox's button, beside the calendar's own tools. */
  inbox: ReactNode;
}

const messages = i18n('calendar/CalendarToolbar', {
  calendar: 'Calendar',
  today: 'Today',
  previous: 'Previous',
  next: 'Next',
  view: 'View',
  find: 'Find a client',
  walkInHint: 'A client walked in: who can take them now? (I)',
  walkIn: 'Walk-in',
  printHint: 'Print the day, one sheet per team member',
  print: 'Print the day',
});

// The menus and the search bring MUI's Select and Autocomplete: the calendar paints first with stand-ins.
const MemberField = lazyPart(() => import('./ToolbarFields').then((module) => module.MemberField));
const ClientSearchField = lazyPart(() =>
  import('./ToolbarFields').then((module) => module.ClientSearchField),
);
const LabelFilterSelect = lazyPart(() =>
  import('./LabelFilterSelect').then((module) => module.LabelFilterSelect),
);

function ClientSearch(props: Omit<ComponentProps<typeof ClientSearchField>, 'focusOnShow'>) {
  const prefetched = usePartsPrefetched();
  // Focused ("/" or a click) before its part is loaded: the stand-in loads it, and the field takes the focus.
  const [asked, setAsked] = useState(false);
  const t = useMessages(messages);
  const words = useMessages(toolbarText);
  const standIn = (
    <StandInField
      ariaLabel={t.find}
      placeholder={words.search}
      sx={{ width: 250, ml: 'auto' }}
      inputRef={props.searchRef}
      onFocus={() => setAsked(true)}
    />
  );
  return prefetched || asked ? (
    <Suspense fallback={standIn}>
      <ClientSearchField {...props} focusOnShow={asked} />
    </Suspense>
  ) : (
    standIn
  );
}

/** Shows `field` once the lazy parts load; until then a disabled stand-in showing `value`. */
function Loaded({ field, value, width }: { field: ReactNode; value: string; width: number }) {
  const standIn = <StandInField value={value} sx={{ width }} />;
  return usePartsPrefetched() ? <Suspense fallback={standIn}>{field}</Suspense> : standIn;
}

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { zone, view, teamMembers, visibleIds } = props;
  const t = useMessages(messages);
  const names = useMessages(viewNames);
  // The stand-ins' words come from toolbarText: this redraws when the language changes.
  useMessages(toolbarText);
  return (
    <Stack
      direction="row"
      sx={{ alignItems: 'center', gap: 1, px: 2, py: 1, flexWrap: 'wrap' }}
      role="toolbar"
      aria-label={t.calendar}
    >
      <Button variant="outlined" size="small" onClick={props.onToday}>
        {t.today}
      </Button>
      <IconButton aria-label={t.previous} onClick={props.onPrev} size="small">
        <ChevronLeftIcon />
      </IconButton>
      <IconButton aria-label={t.next} onClick={props.onNext} size="small">
        <ChevronRightIcon />
      </IconButton>
      <Typography
        component="h1"
        variant="subtitle1"
        sx={{ fontWeight: 600, minWidth: 150 }}
        data-testid="calendar-title"
      >
        {props.title}
      </Typography>
      <GoToDate date={props.date} zone={zone} onDate={props.onDate} />
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        onChange={(_event, next: CalendarViewKind | null) => next && props.onView(next)}
        aria-label={t.view}
      >
        {(Object.keys(viewTypes) as CalendarViewKind[]).map((kind) => (
          <ToggleButton key={kind} value={kind}>
            {names[kind]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Loaded
        width={view === 'memberWeek' ? 180 : 200}
        value={
          view === 'memberWeek'
            ? (teamMembers.find((member) => member.id === props.focusedMemberId)?.name ?? '')
            : membersShownText(visibleIds.length, teamMembers.length)
        }
        field={
          <MemberField
            single={view === 'memberWeek'}
            teamMembers={teamMembers}
            visibleIds={visibleIds}
            focusedMemberId={props.focusedMemberId}
            onVisible={props.onVisible}
            onFocusMember={props.onFocusMember}
          />
        }
      />
      <Loaded
        width={170}
        value={labelsShownText(props.labels, props.labelFilterIds)}
        field={
          <LabelFilterSelect
            labels={props.labels}
            chosen={props.labelFilterIds}
            onChange={props.onLabelFilter}
          />
        }
      />
      <ClientSearch
        zone={zone}
        searchRef={props.searchRef}
        searchAppointments={props.searchAppointments}
        onFound={props.onFound}
      />
      <ReadOnlyHint reason={props.readOnly ?? null}>
        <Hint describeChild title={t.walkInHint}>
          <Button
            variant="outlined"
            size="small"
            startIcon={<DirectionsWalkIcon />}
            onClick={props.onWalkIn}
            disabled={Boolean(props.readOnly)}
          >
            {t.walkIn}
          </Button>
        </Hint>
      </ReadOnlyHint>
      <ReadOnlyHint reason={props.readOnly ?? null}>
        <DeskToolsMenu tools={props.deskTools} disabled={Boolean(props.readOnly)} />
      </ReadOnlyHint>
      {props.inbox}
      <Hint title={t.printHint}>
        <IconButton aria-label={t.print} onClick={props.onPrint}>
          <PrintIcon />
        </IconButton>
      </Hint>
    </Stack>
  );
}
