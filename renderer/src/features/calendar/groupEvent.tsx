import type { EventApi, EventInput } from '@fullcalendar/core';
import { isolate } from '../../components/isolate';
import { labelTextColour } from '../labels';
import { openOnKey } from './cardKeys';
import { fillText, groupKey, groupWords, isFull, type GroupCard } from './groupCards';

export function groupClasses(card: GroupCard): string[] {
  return [
    'fd-appt',
    'fd-group',
    ...(isFull(card) ? ['fd-full'] : []),
    ...(card.colour ? ['fd-custom-colour'] : []),
  ];
}

/**
 * The event FullCalendar draws for a group event. Not draggable, not even to another column: a class
 * moves through its schedule, with every client at once.
 */
export function toGroupEventInput(card: GroupCard): EventInput {
  return {
    id: groupKey(card.eventId),
    resourceId: String(card.teamMemberId),
    start: card.start,
    end: card.end,
    title: card.title,
    backgroundColor: card.colour ?? undefined,
    borderColor: card.colour ?? undefined,
    textColor: card.colour ? labelTextColour(card.colour) : undefined,
    classNames: groupClasses(card),
    editable: false,
    resourceEditable: false,
    extendedProps: { group: card },
  };
}

/** Brings a drawn group event up to `card` (only called when something on it changed). */
export function updateGroupEvent(event: EventApi, card: GroupCard): void {
  event.setDates(card.start, card.end);
  if (event.getResources()[0]?.id !== String(card.teamMemberId)) {
    event.setResources([String(card.teamMemberId)]);
  }
  event.setProp('title', card.title);
  event.setProp('backgroundColor', card.colour ?? '');
  event.setProp('borderColor', card.colour ?? '');
  event.setProp('textColor', card.colour ? labelTextColour(card.colour) : '');
  event.setProp('classNames', groupClasses(card));
  event.setExtendedProp('group', card);
}

function tooltip(card: GroupCard): string {
  const t = groupWords.get();
  const { booked, capacity } = card;
  const lines = [isolate(card.title)];
  lines.push(
    capacity === null
      ? t.booked({ booked })
      : (isFull(card) ? t.ofPlacesFull : t.ofPlaces)({ booked, capacity }),
  );
  if (card.repeats) lines.push(t.repeats);
  const names = card.appointments.map((appointment) =>
    appointment.client ? isolate(appointment.client.name) : t.noClient,
  );
  if (names.length > 0) lines.push(t.clients({ names: names.join(', ') }));
  else if (card.booked === 0) lines.push(t.nobody);
  return lines.join('\n');
}

function showTooltip(card: GroupCard) {
  return (event: React.MouseEvent<HTMLElement>) => {
    event.currentTarget.title = tooltip(card);
  };
}

/** Material's "Repeat" icon, inline (no MUI inside calendar events). */
const REPEAT_PATH = 'M7 7h10v3l4-4-4-4v3H5v6h2zm10 10H7v-3l-4 4 4 4v-3h12v-6h-2z';

/**
 * The card of a group event: time, the class, how full it is, and whether it repeats. The group mark
 * before the time is a CSS icon, like the status marks of individual appointments.
 */
export function GroupEventCard({
  card,
  timeText,
  member,
}: {
  card: GroupCard;
  timeText: string;
  member: string;
}) {
  return (
    <div
      className="fd-card fd-group-card"
      role="button"
      tabIndex={0}
      aria-label={[timeText, card.title, fillText(card), member].filter(Boolean).join(', ')}
      onKeyDown={openOnKey}
      data-group-event-id={card.eventId}
      onMouseEnter={showTooltip(card)}
    >
      <b className="fd-time">{timeText}</b>
      {card.repeats && (
        <svg className="fd-repeat" viewBox="0 0 24 24" role="img" aria-label={groupWords.get().repeats}>
          <path d={REPEAT_PATH} />
        </svg>
      )}
      <div className="fd-client">{card.title}</div>
      <div className="fd-fill" data-testid="group-fill">
        {fillText(card)}
      </div>
    </div>
  );
}
