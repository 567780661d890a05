import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { Preferences, PreferencesPatch } from './preferences';
import type { Result } from './errors';
import { SelectLocationInput, SessionState, SignInInput } from './session';
import {
  AppointmentBatch,
  AppointmentRef,
  ChangesInput,
  DateRange,
  MoveInput,
  SetStatusInput,
} from './calendar';
import {
  BookableDatesRequest,
  CancelAppointmentRequest,
  ClientSearchRequest,
  CreateAppointmentRequest,
  FreeTimes,
  FreeTimesRequest,
  RecentVisit,
  RecentVisitsRequest,
  SlotCheck,
  SlotCheckRequest,
  UpdateAppointmentRequest,
} from './appointmentForm';
import { Appointment } from './domain/appointment';
import { BookableDates } from './domain/booking';
import { ClientSearchHit } from './domain/client';
import { CustomField } from './domain/customField';
import { Label } from './domain/label';
import { Service } from './domain/service';
import { TeamMember, WorkingDay } from './domain/teamMember';

export { channelNames, eventNames, type Channel, type EventName } from './channels';

const NoInput = z.undefined();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'other']),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Every request the renderer may make of main: its input and its output, declared once. */
export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.get': { input: NoInput, output: Preferences },
  'settings.set': { input: PreferencesPatch, output: Preferences },
  'session.get': { input: NoInput, output: SessionState },
  'session.signIn': { input: SignInInput, output: SessionState },
  'session.openDemo': { input: NoInput, output: SessionState },
  'session.signOut': { input: NoInput, output: SessionState },
  'session.selectLocation': { input: SelectLocationInput, output: SessionState },
  'session.retryRestore': { input: NoInput, output: SessionState },
  'team.list': { input: NoInput, output: z.array(TeamMember) },
  'team.workingHours': { input: DateRange, output: z.array(WorkingDay) },
  'appointments.list': { input: DateRange, output: AppointmentBatch },
  'appointments.changes': { input: ChangesInput, output: AppointmentBatch },
  'appointments.get': { input: AppointmentRef, output: Appointment },
  'appointments.move': { input: MoveInput, output: Appointment },
  'appointments.setStatus': { input: SetStatusInput, output: Appointment },
  'appointments.create': { input: CreateAppointmentRequest, output: Appointment },
  'appointments.update': { input: UpdateAppointmentRequest, output: Appointment },
  'appointments.cancel': { input: CancelAppointmentRequest, output: Appointment },
  'clients.search': { input: ClientSearchRequest, output: z.array(ClientSearchHit) },
  'clients.recentVisits': { input: RecentVisitsRequest, output: z.array(RecentVisit) },
  'catalog.services': { input: NoInput, output: z.array(Service) },
  'catalog.labels': { input: NoInput, output: z.array(Label) },
  'catalog.customFields': { input: NoInput, output: z.array(CustomField) },
  'availability.times': { input: FreeTimesRequest, output: FreeTimes },
  'availability.dates': { input: BookableDatesRequest, output: BookableDates },
  'availability.check': { input: SlotCheckRequest, output: SlotCheck },
} as const satisfies Record<Channel, ChannelSpec>;

/** Every push from main to the renderer, with its payload. */
export const events = {
  'settings.changed': Preferences,
  'session.changed': SessionState,
  'session.expired': z.object({ message: z.string() }),
} as const satisfies Record<EventName, z.ZodType>;

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** Largest serialized IPC payload main accepts; anything bigger is refused before parsing. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/** The object the preload exposes as `window.frontdesk`. */
export interface FrontdeskBridge {
  invoke<C extends Channel>(
    channel: C,
    ...input: Input<C> extends undefined ? [] : [Input<C>]
  ): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
