export {
  appointmentsKeys,
  fetchAppointmentRange,
  findAppointment,
  liveState,
  loadedAppointments,
  patchAppointments,
  recordSave,
  useAppointment,
  useAppointmentRange,
  useLiveState,
  type LiveState,
} from './api';
export { cancelledAppointments, nextStamp, visibleAppointments, type AppointmentRange } from './cache';
export { AppointmentActions } from './AppointmentActions';
export type { AppointmentDialogRequest } from './AppointmentDialog';
export type { NewAppointmentSlot } from './formModel';
export { appointmentFormCommands } from './formKeys';
export { appointmentTotal, formatWhen, paymentStateNames, paymentText, statusNames } from './format';
export { askForChangesNow, onLiveBatch, useLiveAppointments } from './useLiveAppointments';
export { useSetStatus } from './useSetStatus';
export { forgetCustomFieldValues, relabelAppointments, showEditedClient } from './settingsChanges';
