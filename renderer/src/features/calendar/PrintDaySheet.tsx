import { createPortal } from 'react-dom';
import { DateTime } from 'luxon';
import { textWith } from '../../components/textWith';
import { UserText } from '../../components/UserText';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, params, useMessages } from '../../i18n';
import { formatMoney, useCurrency } from '../../money';
import { appointmentTotal, statusNames } from '../appointments';
import { longDay } from '../../format';

const messages = i18n('calendar/PrintDaySheet', {
  empty: params('{location}: no appointments on {date}.'),
  time: 'Time',
  client: 'Client',
  phone: 'Phone',
  services: 'Services',
  status: 'Status',
  price: 'Price',
  comment: 'Comment',
});

interface PrintDaySheetProps {
  date: string;
  zone: string;
  locationTitle: string;
  teamMembers: readonly TeamMember[];
  appointments: readonly Appointment[];
}

/**
 * The printable day: one sheet per team member who has appointments that day (only @media print shows
 * it); nobody gets a blank page.
 */
export function PrintDaySheet({ date, zone, locationTitle, teamMembers, appointments }: PrintDaySheetProps) {
  const day = DateTime.fromISO(date, { zone });
  const currency = useCurrency();
  const t = useMessages(messages);
  const ofDay = appointments
    .filter((appointment) => DateTime.fromISO(appointment.start).setZone(zone).toISODate() === date)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const sheets = teamMembers
    .map((member) => ({ member, own: ofDay.filter((appointment) => appointment.teamMemberId === member.id) }))
    .filter(({ own }) => own.length > 0);
  return createPortal(
    <div className="fd-print-sheet" data-testid="print-sheet">
      {sheets.length === 0 && (
        <p>
          {/* The location's name is the user's text, put in as an isolated element. */}
          {textWith(t.empty({ location: '{location}', date: longDay(day, true) }), {
            location: <UserText>{locationTitle}</UserText>,
          })}
        </p>
      )}
      {sheets.map(({ member, own }) => (
        <section key={member.id} className="fd-print-member">
          <h2>
            {member.name} — {longDay(day, true)}
          </h2>
          <p>{locationTitle}</p>
          <table>
            <thead>
              <tr>
                <th>{t.time}</th>
                <th>{t.client}</th>
                <th>{t.phone}</th>
                <th>{t.services}</th>
                <th>{t.status}</th>
                <th>{t.price}</th>
                <th>{t.comment}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((appointment) => (
                <tr key={appointment.id}>
                  <td>
                    {DateTime.fromISO(appointment.start).setZone(zone).toFormat('HH:mm')}–
                    {DateTime.fromISO(appointment.end).setZone(zone).toFormat('HH:mm')}
                  </td>
                  <td>{appointment.client?.name ?? '—'}</td>
                  <td>{appointment.client?.phone ?? ''}</td>
                  <td>{appointment.services.map((service) => service.title).join(', ')}</td>
                  <td>{statusNames[appointment.status]}</td>
                  <td>{formatMoney(appointmentTotal(appointment), currency)}</td>
                  <td>{appointment.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>,
    document.body,
  );
}
