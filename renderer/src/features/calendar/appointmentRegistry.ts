import type { Appointment } from '../../../../shared/domain/appointment';

type Listener = () => void;

/**
 * The appointments this desk has loaded, by id: read by the drawer and the search, written by loads,
 * polls and saves. It lives outside React state so a change repaints only what shows it — the calendar
 * itself is patched through FullCalendar's own API.
 */
export class AppointmentRegistry {
  private readonly byId = new Map<number, Appointment>();
  private readonly listeners = new Set<Listener>();
  private version = 0;
  /** Where live polling continues from (appointments.changes); set by each full load. */
  cursor: string | null = null;

  get(id: number): Appointment | undefined {
    return this.byId.get(id);
  }

  all(): Appointment[] {
    return [...this.byId.values()];
  }

  /** True when `appointment` is news: not seen before, or changed since. */
  isNews(appointment: Appointment): boolean {
    const known = this.byId.get(appointment.id);
    if (!known) return !appointment.deleted;
    return known.lastChangedAt !== appointment.lastChangedAt || known.deleted !== appointment.deleted;
  }

  put(appointments: readonly Appointment[]): void {
    if (appointments.length === 0) return;
    for (const appointment of appointments) {
      if (appointment.deleted) this.byId.delete(appointment.id);
      else this.byId.set(appointment.id, appointment);
    }
    this.changed();
  }

  clear(): void {
    this.byId.clear();
    this.changed();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
