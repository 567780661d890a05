import { addDays, daysBetween } from '../time';
import type { Clock } from './clock';
import type {
  Activity,
  AppointmentRecord,
  BookingAccount,
  Client,
  ClientComment,
  ClientSchedule,
  Comment,
  CustomField,
  IdKind,
  Label,
  Location,
  Position,
  Schedule,
  ScheduleDay,
  Service,
  ServiceCategory,
  StaffMember,
  StoreSnapshot,
  User,
  Visit,
} from './types';

type DateIndex = Map<number, Map<string, Set<number>>>;

function indexAdd(index: DateIndex, key: number, date: string, id: number): void {
  let byDate = index.get(key);
  if (!byDate) index.set(key, (byDate = new Map()));
  let ids = byDate.get(date);
  if (!ids) byDate.set(date, (ids = new Set()));
  ids.add(id);
}

function indexRemove(index: DateIndex, key: number, date: string, id: number): void {
  index.get(key)?.get(date)?.delete(id);
}

function byId<T extends { id: number }>(items: T[]): Map<number, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The in-memory database. Records are indexed by location and local date, and by team member and date. */
export class Store {
  readonly seed: number;
  readonly counters: Record<IdKind, number>;
  private lastChangeMs: number;
  readonly locations: Map<number, Location>;
  readonly users: Map<number, User>;
  readonly positions: Map<number, Position>;
  readonly staff: Map<number, StaffMember>;
  readonly categories: Map<number, ServiceCategory>;
  readonly services: Map<number, Service>;
  readonly clients: Map<number, Client>;
  readonly records = new Map<number, AppointmentRecord>();
  readonly visits: Map<number, Visit>;
  readonly customFields: Map<number, CustomField>;
  readonly labels: Map<number, Label>;
  readonly activities: Map<number, Activity>;
  readonly schedules: Map<number, Schedule>;
  readonly scheduleDays: Map<number, ScheduleDay>;
  readonly clientSchedules: Map<number, ClientSchedule>;
  readonly comments: Map<number, Comment>;
  readonly clientComments: Map<number, ClientComment>;
  readonly bookingAccounts: Map<number, BookingAccount>;
  private readonly recordsByLocationDate: DateIndex = new Map();
  private readonly recordsByStaffDate: DateIndex = new Map();
  private readonly recordsByClient = new Map<number, Set<number>>();

  constructor(
    snapshot: StoreSnapshot,
    private readonly clock: Clock,
  ) {
    this.seed = snapshot.seed;
    // Data files saved before client-card comments or booking accounts have no counter for them.
    this.counters = Object.assign({ clientComment: 45_000, bookingAccount: 30_000 }, snapshot.counters);
    this.lastChangeMs = snapshot.lastChangeMs;
    this.locations = byId(snapshot.locations);
    this.users = byId(snapshot.users);
    this.positions = byId(snapshot.positions);
    this.staff = byId(snapshot.staff);
    this.categories = byId(snapshot.categories);
    this.services = byId(snapshot.services);
    this.clients = byId(snapshot.clients);
    this.visits = byId(snapshot.visits);
    this.customFields = byId(snapshot.customFields);
    this.labels = byId(snapshot.labels);
    this.activities = byId(snapshot.activities);
    this.schedules = byId(snapshot.schedules);
    this.scheduleDays = byId(snapshot.scheduleDays);
    this.clientSchedules = byId(snapshot.clientSchedules);
    this.comments = byId(snapshot.comments);
    this.clientComments = byId(snapshot.clientComments ?? []);
    this.bookingAccounts = byId(snapshot.bookingAccounts ?? []);
    for (const record of snapshot.records) this.insertRecord(record);
  }

  nextId(kind: IdKind): number {
    this.counters[kind] += 1;
    return this.counters[kind];
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  /**
   * A change timestamp for a mutation: the current time, but always at least 1 ms after the previous one,
   * so changes are totally ordered even within the same second (the wire shows whole seconds only).
   */
  nextChangeMs(): number {
    this.lastChangeMs = Math.max(this.clock.nowMs(), this.lastChangeMs + 1);
    return this.lastChangeMs;
  }

  insertRecord(record: AppointmentRecord): void {
    this.records.set(record.id, record);
    const date = record.local.slice(0, 10);
    indexAdd(this.recordsByLocationDate, record.locationId, date, record.id);
    indexAdd(this.recordsByStaffDate, record.staffId, date, record.id);
    if (record.clientId !== null) {
      let ids = this.recordsByClient.get(record.clientId);
      if (!ids) this.recordsByClient.set(record.clientId, (ids = new Set()));
      ids.add(record.id);
    }
  }

  /** Applies a change that may move the record in time or to another member, keeping the indexes right. */
  updateRecord(record: AppointmentRecord, change: Partial<AppointmentRecord>): void {
    const oldDate = record.local.slice(0, 10);
    indexRemove(this.recordsByLocationDate, record.locationId, oldDate, record.id);
    indexRemove(this.recordsByStaffDate, record.staffId, oldDate, record.id);
    if (record.clientId !== null) this.recordsByClient.get(record.clientId)?.delete(record.id);
    Object.assign(record, change);
    this.insertRecord(record);
  }

  /** Records of a location whose local date lies in [from, to] (inclusive), any order. */
  recordsOfLocation(locationId: number, from?: string, to?: string): AppointmentRecord[] {
    return this.collect(this.recordsByLocationDate.get(locationId), from, to);
  }

  recordsOfStaff(staffId: number, from: string, to: string = from): AppointmentRecord[] {
    return this.collect(this.recordsByStaffDate.get(staffId), from, to);
  }

  recordsOfClient(clientId: number): AppointmentRecord[] {
    return [...(this.recordsByClient.get(clientId) ?? [])].flatMap((id) => this.records.get(id) ?? []);
  }

  private collect(
    byDate: Map<string, Set<number>> | undefined,
    from?: string,
    to?: string,
  ): AppointmentRecord[] {
    if (!byDate) return [];
    const result: AppointmentRecord[] = [];
    const push = (ids: Set<number> | undefined): void => {
      for (const id of ids ?? []) {
        const record = this.records.get(id);
        if (record) result.push(record);
      }
    };
    const span = from && to ? daysBetween(from, to) + 1 : Infinity;
    if (from && to && span <= byDate.size) {
      for (let i = 0; i < span; i += 1) push(byDate.get(addDays(from, i)));
      return result;
    }
    for (const [date, ids] of byDate) {
      if ((from && date < from) || (to && date > to)) continue;
      push(ids);
    }
    return result;
  }

  snapshot(): StoreSnapshot {
    const values = <T>(map: Map<number, T>): T[] => [...map.values()];
    return {
      format: 'frontdesk-altegio-emulator',
      version: 1,
      seed: this.seed,
      counters: { ...this.counters },
      lastChangeMs: this.lastChangeMs,
      locations: values(this.locations),
      users: values(this.users),
      positions: values(this.positions),
      staff: values(this.staff),
      categories: values(this.categories),
      services: values(this.services),
      clients: values(this.clients),
      records: values(this.records),
      visits: values(this.visits),
      customFields: values(this.customFields),
      labels: values(this.labels),
      activities: values(this.activities),
      schedules: values(this.schedules),
      scheduleDays: values(this.scheduleDays),
      clientSchedules: values(this.clientSchedules),
      comments: values(this.comments),
      clientComments: values(this.clientComments),
      bookingAccounts: values(this.bookingAccounts),
    };
  }
}
