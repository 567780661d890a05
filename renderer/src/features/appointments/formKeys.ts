import type { Command } from '../../commands';
import { i18n } from '../../i18n';

const messages = i18n('appointments/formKeys', { save: 'Save the appointment' });

/** What the appointment form offers from the keyboard (handled in AppointmentForm). */
export const appointmentFormCommands: readonly Command[] = [
  {
    id: 'appointments.save',
    get label() {
      return messages.get().save;
    },
    shortcut: 'Mod+Enter',
  },
];
