// Domain model of the emulator. Plain JSON-serialisable objects; the wire shapes live in ../wire.

/** Minutes since local midnight, half-open [from, to). */
export interface MinuteSlot {
  from: number;
  to: number;
}

/** ISO weekday 1 (Mon) … 7 (Sun) → working slots. Missing key = day off. */
export type WeeklyHours = Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, MinuteSlot[]>>;

export interface Location {
  id: number;
  title: string;
  timezone: string;
  city: string;
  country: string;
  address: string;
  zip: string;
  phone: string;
  email: string;
  currency: string;
  coordinateLat: number;
  coordinateLon: number;
  phoneConfirmation: boolean;
  /** Online booking switched on; when off, every public booking endpoint refuses the location (inferred). */
  onlineBooking: boolean;
  /** The hidden per-location technical-break default used when a record sends null. */
  technicalBreakDefault: number;
  /** Phones (digits) that online booking refuses with code 434. */
  blacklistedPhones: string[];
}

/** Rights a location's owner can take from a user (Altegio's own list is longer; these guard settings). */
export const RIGHTS = [
  'customFields.create',
  'customFields.modify',
  'customFields.remove',
  'labels.manage',
  'visits.modify',
] as const;
export type Right = (typeof RIGHTS)[number];

export interface User {
  id: number;
  login: string;
  email: string;
  phone: string;
  password: string;
  name: string;
  userToken: string;
  locationIds: number[];
  /** Rights this user lacks; absent = every right. */
  deniedRights?: Right[];
}

/**
 * A customer's online-booking account (`POST /booking/auth`, `POST /user/auth`): apart from B2B users, and
 * its token opens only the booking-user routes.
 */
export interface BookingAccount {
  id: number;
  login: string;
  email: string;
  /** Digits only. */
  phone: string;
  /** Empty for an account made by an SMS-code sign-in: it has no password to sign in with. */
  password: string;
  name: string;
  userToken: string;
}

export interface Position {
  id: number;
  locationId: number;
  title: string;
}

export interface StaffMember {
  id: number;
  locationId: number;
  name: string;
  specialization: string;
  information: string;
  positionId: number | null;
  weight: number;
  rating: number;
  votesCount: number;
  commentsCount: number;
  fired: boolean;
  hidden: boolean;
  removed: boolean;
  /** Echoed as `bookable`; real Altegio sends false for everyone, and online booking ignores it. */
  bookable: boolean;
  avatar: string;
  weeklyHours: WeeklyHours;
  /** Local dates (YYYY-MM-DD) off work regardless of the weekly hours. */
  daysOff: string[];
  /** Hours set for single dates (`PUT …/staff/schedule`); they replace the weekly hours, [] = day off. */
  hoursByDate?: Record<string, MinuteSlot[]>;
  /** `schedule_till`: the last scheduled day (former members); absent = none ("1970-01-01"). */
  scheduleTill?: string;
}

export interface ServiceCategory {
  id: number;
  locationId: number;
  title: string;
  weight: number;
}

export interface ServiceStaffLink {
  staffId: number;
  /** Seconds, includes the service's technical break. */
  seanceLength: number;
}

export interface Service {
  id: number;
  locationId: number;
  categoryId: number;
  title: string;
  priceMin: number;
  priceMax: number;
  /** Seconds, without the technical break. */
  duration: number;
  technicalBreakDuration: number | null;
  active: boolean;
  weight: number;
  /** Group size; 0 and 1 are individual services (real Altegio sends 0), more is a group service. */
  capacity: number;
  comment: string;
  staff: ServiceStaffLink[];
}

export type CustomFieldValues = Record<string, string | number | string[]>;

export interface Client {
  id: number;
  locationId: number;
  name: string;
  surname: string;
  patronymic: string;
  /** Digits only; serialised as "+<digits>". */
  phone: string;
  email: string;
  card: string;
  /** "YYYY-MM-DD"; "1900-MM-DD" = day and month only; "0000-00-00" or "" = none. */
  birthDate: string;
  sexId: number;
  importanceId: number;
  labelIds: number[];
  discount: number;
  comment: string;
  smsCheck: boolean;
  smsNot: boolean;
  spent: number;
  balance: number;
  customFields: CustomFieldValues;
  changedMs: number;
  deleted: boolean;
}

export interface RecordService {
  id: number;
  title: string;
  firstCost: number;
  discount: number;
  cost: number;
  amount: number;
}

export interface AppointmentRecord {
  id: number;
  locationId: number;
  staffId: number;
  clientId: number | null;
  services: RecordService[];
  startMs: number;
  /** Local wall clock in the location zone, "YYYY-MM-DD HH:MM:SS"; kept in step with startMs. */
  local: string;
  /** Seconds, includes technicalBreakDuration. */
  seanceLength: number;
  technicalBreakDuration: number;
  comment: string;
  attendance: number;
  confirmed: boolean;
  online: boolean;
  apiId: string;
  customColor: string;
  labelIds: number[];
  customFields: CustomFieldValues;
  masterRequest: boolean;
  /** An online prepayment was asked for; `prepaidConfirmed` once it arrived. */
  prepaid: boolean;
  prepaidConfirmed: boolean;
  activityId: number;
  visitId: number;
  createdMs: number;
  /** Internal ms-precision change time; strictly increasing across mutations. */
  changedMs: number;
  deleted: boolean;
  /** The partner token the record was created with (for GET /records/partner). */
  partnerToken: string;
  createdUserId: number;
  smsRemainHours: number;
  emailRemainHours: number;
  clientScheduleId: number | null;
  /** Secret used by the public booking endpoints. */
  hash: string;
  /** The token of the post-visit review form (`GET /master_record_review/{token}`); absent = none. */
  reviewToken?: string;
}

export interface GoodsItem {
  id: number;
  title: string;
  amount: number;
  cost: number;
}

export interface PaymentTransaction {
  id: number;
  amount: number;
  accountId: number;
  dateMs: number;
  /** The record of the visit it paid for (`record_id`); older data files have none. */
  recordId?: number;
}

export interface Visit {
  id: number;
  locationId: number;
  recordIds: number[];
  comment: string;
  goods: GoodsItem[];
  payments: PaymentTransaction[];
  /** Fiscal receipts printed for the visit (a fast payment "+ print"); absent = none. */
  fiscalReceipts?: FiscalReceipt[];
}

export interface FiscalReceipt {
  id: number;
  sum: number;
  dateMs: number;
}

export type CustomFieldCategory = 'record' | 'client';
export type CustomFieldType = 'text' | 'number' | 'select' | 'list' | 'date' | 'datetime';

export interface CustomField {
  id: number;
  locationId: number;
  category: CustomFieldCategory;
  code: string;
  title: string;
  type: CustomFieldType;
  values: string[] | null;
  userCanEdit: boolean;
  showInUi: boolean;
}

export interface Label {
  id: number;
  locationId: number;
  title: string;
  /** "#RRGGBB" as the label endpoints send it. */
  color: string;
  icon: string;
  /** 0 common, 1 client, 2 record, 3 activity. */
  entity: number;
  deleted: boolean;
}

/** A group event occurrence. */
export interface Activity {
  id: number;
  locationId: number;
  serviceId: number;
  staffId: number;
  startMs: number;
  local: string;
  length: number;
  capacity: number;
  color: string;
  comment: string;
  labelIds: number[];
  scheduleDayId: number | null;
}

export interface Schedule {
  id: number;
  locationId: number;
  originalActivityId: number;
  dateStart: string;
  dateEnd: string;
  createdMs: number;
  updatedMs: number;
}

export type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface ScheduleDay {
  id: number;
  scheduleId: number;
  dayOfWeek: DayOfWeek;
  /** "HH:MM:SS" local. */
  eventsTime: string;
  /** Seconds, without the technical break. */
  eventsDuration: number;
  technicalBreakDuration: number;
  eventsMasterId: number;
  eventsCapacity: number;
  labelIds: number[];
  createdMs: number;
  updatedMs: number;
}

export interface ClientSchedule {
  id: number;
  scheduleId: number;
  clientId: number;
  dayIds: number[];
  createdMs: number;
  updatedMs: number;
}

export interface Comment {
  id: number;
  locationId: number;
  /** 1 about a team member, 0 about the location. */
  type: number;
  masterId: number;
  text: string;
  dateMs: number;
  rating: number;
  userId: number;
  userName: string;
  recordId: number;
}

/** A note staff keep on a client card (`/clients/{loc}/clients/{id}/comments`). */
export interface ClientComment {
  id: number;
  clientId: number;
  text: string;
  userId: number;
  userName: string;
  createdMs: number;
}

export type IdKind =
  | 'user'
  | 'staff'
  | 'service'
  | 'category'
  | 'client'
  | 'record'
  | 'visit'
  | 'goods'
  | 'payment'
  | 'customField'
  | 'label'
  | 'activity'
  | 'schedule'
  | 'scheduleDay'
  | 'clientSchedule'
  | 'comment'
  | 'position'
  | 'clientComment'
  | 'bookingAccount';

export interface StoreSnapshot {
  format: 'frontdesk-altegio-emulator';
  version: 1;
  seed: number;
  counters: Record<IdKind, number>;
  lastChangeMs: number;
  locations: Location[];
  users: User[];
  positions: Position[];
  staff: StaffMember[];
  categories: ServiceCategory[];
  services: Service[];
  clients: Client[];
  records: AppointmentRecord[];
  visits: Visit[];
  customFields: CustomField[];
  labels: Label[];
  activities: Activity[];
  schedules: Schedule[];
  scheduleDays: ScheduleDay[];
  clientSchedules: ClientSchedule[];
  comments: Comment[];
  /** Absent in data files saved before client-card comments existed. */
  clientComments?: ClientComment[];
  /** Absent in data files saved before online-booking accounts existed. */
  bookingAccounts?: BookingAccount[];
}
