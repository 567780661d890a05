import type { EventApi, EventContentArg, EventInput } from '@fullcalendar/core';
import { isolate } from '../../components/isolate';
import type { Appointment } from '../../../../shared/domain/appointment';
import { i18n, params } from '../../i18n';
import { formatMoney } from '../../money';
import { paymentStateOf } from '../../../../shared/domain/payment';
import { appointmentTotal, paymentText, statusNames } from '../appointments';
import { LabelChip, labelTextColour } from '../labels';
import { GroupEventCard } from './groupEvent';
import { openOnKey } from './cardKeys';
import type { GroupCard } from './groupCards';

const messages = i18n('calendar/appointmentEvent', {
  noClient: 'No client',
  price: params('Price: {price}'),
  online: 'booked online',
  requested: 'asked for this team member',
  comment: params('Comment: {comment}'),
  technicalBreak: params('Technical break: {minutes} min'),
});

function tooltip(appointment: Appointment, currency: string): string {
  const t = messages.get();
  const lines = [
    appointment.client ? `${isolate(appointment.client.name)} · ${appointment.client.phone}` : t.noClient,
  ];
  if (appointment.services.length)
    lines.push(appointment.services.map((service) => isolate(service.title)).join(', '));
  lines.push(t.price({ price: formatMoney(appointmentTotal(appointment), currency) }));
  if (paymentStateOf(appointment) !== 'unpaid') lines.push(paymentText(appointment, currency));
  const marks = [statusNames[appointment.status]];
  if (appointment.online) marks.push(t.online);
  if (appointment.requestedTeamMember) marks.push(t.requested);
  lines.push(marks.join(', '));
  if (appointment.comment) lines.push(t.comment({ comment: isolate(appointment.comment) }));
  return lines.join('\n');
}

/** The event FullCalendar draws for an appointment; the appointment itself rides along in extendedProps. */
export function toEventInput(appointment: Appointment): EventInput {
  return {
    id: String(appointment.id),
    resourceId: String(appointment.teamMemberId),
    start: appointment.start,
    end: appointment.end,
    title: appointment.client?.name ?? messages.get().noClient,
    backgroundColor: appointment.customColour ?? undefined,
    borderColor: appointment.customColour ?? undefined,
    textColor: cardTextColour(appointment),
    classNames: eventClasses(appointment),
    // Group-event bookings follow their event; they are moved through the schedule, not by dragging.
    // The others follow the calendar's own switch (off while Altegio cannot be reached).
    ...(appointment.activityId !== null && { editable: false }),
    extendedProps: { appointment },
  };
}

/** Brings a drawn appointment event up to `appointment` (only called when it changed). */
export function updateAppointmentEvent(event: EventApi, appointment: Appointment): void {
  event.setDates(appointment.start, appointment.end);
  if (event.getResources()[0]?.id !== String(appointment.teamMemberId)) {
    event.setResources([String(appointment.teamMemberId)]);
  }
  event.setProp('title', appointment.client?.name ?? messages.get().noClient);
  event.setProp('backgroundColor', appointment.customColour ?? '');
  event.setProp('borderColor', appointment.customColour ?? '');
  event.setProp('textColor', cardTextColour(appointment) ?? '');
  event.setProp('classNames', eventClasses(appointment));
  event.setExtendedProp('appointment', appointment);
}

/** White or near-black, whichever is readable (4.5:1) on the appointment's own colour. */
function cardTextColour(appointment: Appointment): string | undefined {
  return appointment.customColour ? labelTextColour(appointment.customColour) : undefined;
}

export function eventClasses(appointment: Appointment): string[] {
  return [
    'fd-appt',
    `fd-status-${appointment.status}`,
    ...(appointment.customColour ? ['fd-custom-colour'] : []),
  ];
}

function showTooltip(appointment: Appointment) {
  return (event: React.MouseEvent<HTMLElement>) => {
    // The currency rides on the calendar's root, so a currency change re-renders no card.
    const currency = event.currentTarget.closest<HTMLElement>('[data-currency]')?.dataset['currency'] ?? '';
    event.currentTarget.title = tooltip(appointment, currency);
  };
}

/**
 * The card: as few elements as the information allows (each costs render time on a 600-appointment day).
 * Status, online and requested-member marks are CSS icons on classes; the tooltip is built on hover.
 */
function AppointmentCard(props: { appointment: Appointment; timeText: string; member: string }) {
  const { appointment, timeText } = props;
  const t = messages.get();
  const breakShare =
    appointment.durationSeconds > 0
      ? Math.min(1, appointment.technicalBreakSeconds / appointment.durationSeconds)
      : 0;
  const payment = paymentStateOf(appointment);
  const marks = [
    `fd-card fd-s-${appointment.status}`,
    payment === 'unpaid' ? '' : `fd-pay fd-pay-${payment}`,
    appointment.online ? 'fd-online' : '',
    appointment.requestedTeamMember ? 'fd-requested' : '',
  ].join(' ');
  const services = appointment.services.map((service) => service.title).join(', ');
  const client = appointment.client?.name ?? t.noClient;
  const name = [timeText, client, services, props.member].filter(Boolean).join(', ');
  return (
    <div
      className={marks}
      role="button"
      tabIndex={0}
      aria-label={`${name} (${statusNames[appointment.status]})`}
      onKeyDown={openOnKey}
      data-appointment-id={appointment.id}
      data-status={statusNames[appointment.status]}
      data-payment={payment}
      onMouseEnter={showTooltip(appointment)}
    >
      <b className="fd-time">{timeText}</b>
      <div className="fd-client">{client}</div>
      {appointment.services.length > 0 && <div className="fd-services">{services}</div>}
      {appointment.labels.length > 0 && (
        <div className="fd-labels">
          {appointment.labels.map((label) => (
            <LabelChip key={label.id} label={label} />
          ))}
        </div>
      )}
      {breakShare > 0 && (
        <div
          className="fd-break"
          style={{ height: `${breakShare * 100}%` }}
          title={t.technicalBreak({ minutes: Math.round(appointment.technicalBreakSeconds / 60) })}
        />
      )}
    </div>
  );
}

/** eventContent: a small plain-JSX card (no MUI inside events: it doubles the render cost). */
export function renderEventContent(arg: EventContentArg) {
  const appointment = arg.event.extendedProps['appointment'] as Appointment | undefined;
  const member = arg.event.getResources()[0]?.title ?? '';
  if (appointment)
    return <AppointmentCard appointment={appointment} timeText={arg.timeText} member={member} />;
  const group = arg.event.extendedProps['group'] as GroupCard | undefined;
  if (group) return <GroupEventCard card={group} timeText={arg.timeText} member={member} />;
  return undefined;
}
