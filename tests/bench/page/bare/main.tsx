// The cold start's yardstick: bare FullCalendar, built for production like the app, reads the demo
// location's team and today's appointments through the same bridge and paints the day.
import { createRoot } from 'react-dom/client';
import FullCalendar from '@fullcalendar/react';
import luxon3Plugin from '@fullcalendar/luxon3';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import { DateTime } from 'luxon';

const LOCATION = { id: 101, zone: 'America/New_York' };
const bridge = (
  window as unknown as { frontdesk: { invoke: (channel: string, input: unknown) => Promise<unknown> } }
).frontdesk;

async function read<T>(channel: string, input: unknown): Promise<T> {
  const result = (await bridge.invoke(channel, input)) as {
    ok: boolean;
    data: T;
  };
  if (!result.ok) throw new Error(`${channel} failed`);
  return result.data;
}

const today = DateTime.now().setZone(LOCATION.zone).toISODate()!;
const [team, batch] = await Promise.all([
  read<Array<{ id: number; name: string }>>('team.list', { locationId: LOCATION.id }),
  read<{
    appointments: Array<{
      id: number;
      teamMemberId: number;
      start: string;
      end: string;
      client: { name: string } | null;
    }>;
  }>('appointments.list', { locationId: LOCATION.id, from: today, to: today }),
]);

createRoot(document.getElementById('root')!).render(
  <FullCalendar
    plugins={[resourceTimeGridPlugin, luxon3Plugin]}
    schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
    timeZone={LOCATION.zone}
    initialView="resourceTimeGridDay"
    initialDate={today}
    headerToolbar={false}
    height="100%"
    allDaySlot={false}
    scrollTime="08:00:00"
    resources={team.map((member) => ({ id: String(member.id), title: member.name }))}
    events={batch.appointments.map((appointment) => ({
      id: String(appointment.id),
      resourceId: String(appointment.teamMemberId),
      title: appointment.client?.name ?? '',
      start: appointment.start,
      end: appointment.end,
    }))}
  />,
);
