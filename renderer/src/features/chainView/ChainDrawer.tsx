import { Suspense, useState } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { Location } from '../../../../shared/domain/location';
import type { Notice } from '../../components/NoticeBar';
import { LocationCurrency } from '../../money';
import { AppointmentActions, useSetStatus } from '../appointments';
import { LazyAppointmentDrawer } from '../calendar';
import { useReadOnly } from '../offline';
import { useTeam } from '../team';

interface ChainDrawerProps {
  /** The location of the appointment shown (or last shown, while the drawer closes). */
  location: Location;
  appointmentId: number | null;
  /** Whether that location is the open one (whose client card the app frame offers). */
  isOpenLocation: boolean;
  onClose: () => void;
  onShow: (locationId: number, appointmentId: number) => void;
  notify: (notice: Notice) => void;
}

/**
 * The calendar's appointment drawer and its edit and cancel dialogs, acting on the appointment's own
 * location (its id, zone, team and currency), whichever location is open.
 */
export function ChainDrawer({
  location,
  appointmentId,
  isOpenLocation,
  onClose,
  onShow,
  notify,
}: ChainDrawerProps) {
  const locationId = location.id;
  const team = useTeam(locationId);
  const readOnly = useReadOnly();
  const teamMembers = team.data ?? [];
  const [editing, setEditing] = useState<Appointment | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);

  const changeStatus = useSetStatus(locationId, notify);

  return (
    <LocationCurrency.Provider value={location.currency}>
      <Suspense fallback={null}>
        <LazyAppointmentDrawer
          locationId={locationId}
          appointmentId={appointmentId}
          zone={location.timezone}
          teamMembers={teamMembers}
          onClose={onClose}
          onStatus={changeStatus}
          onEdit={setEditing}
          onCancel={setCancelling}
          withClientCard={isOpenLocation}
        />
      </Suspense>
      <AppointmentActions
        locationId={locationId}
        zone={location.timezone}
        teamMembers={teamMembers}
        dialog={editing ? { kind: 'edit', appointment: editing } : null}
        cancelling={cancelling}
        readOnly={readOnly}
        onCloseDialog={() => setEditing(null)}
        onCloseCancel={() => setCancelling(null)}
        notify={notify}
        onShow={(appointment) => onShow(locationId, appointment.id)}
      />
    </LocationCurrency.Provider>
  );
}
