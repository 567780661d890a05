import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersioning';
import type { CustomField } from '../../../../shared/domain/customField';
import { BridgeError, call, problemText } from '../../api';
import { bookingProblemWords } from '../../errors';
import { slotProblem } from '../availability';
import { refreshClientCard } from '../clients';
import { recordSave } from './api';
import { formFieldOf, toAppointmentInput, type AppointmentFormValues } from './formModel';
import { i18n } from '../../i18n';

const messages = i18n('appointments/useSaveAppointment', {
  notSaved: 'The appointment could not be saved.',
});

export type SaveProblem =
  /** Taken, outside working hours or refused by book_check: "Save anyway" may still save it. */
  | { kind: 'busy'; message: string }
  /** The save may or may not have reached Altegio: retrying is safe (same apiId). */
  | { kind: 'network'; message: string; notSent?: boolean; unknown?: boolean }
  /** Changed at another desk since this one loaded it: "Overwrite" saves over it. */
  | { kind: 'conflict'; message: string }
  | { kind: 'refused'; message: string };

export interface SaveOptions {
  saveIfBusy?: boolean;
  overwrite?: boolean;
}

const AMBIGUOUS = new Set(['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED']);

interface SaveDeps {
  locationId: number;
  /** The appointment being edited, or null for a new one. */
  editing: Appointment | null;
  fields: readonly CustomField[];
  onSaved: (appointment: SavedAppointment) => void;
  /** Puts a message from Altegio under the input it belongs to. */
  showFieldError: (name: string, message: string) => void;
}

/**
 * Saves the dialog: create exactly once (one apiId for every attempt of this dialog), or a full-replace
 * edit. Failures come back as a problem with the one thing to do about it; the form keeps every input.
 */
export function useSaveAppointment({ locationId, editing, fields, onSaved, showFieldError }: SaveDeps) {
  const queryClient = useQueryClient();
  const [apiKey] = useState(() => `fd-${crypto.randomUUID()}`);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [mayHaveSaved, setMayHaveSaved] = useState(false);

  const save = async (values: AppointmentFormValues, options: SaveOptions = {}) => {
    setSaving(true);
    setProblem(null);
    const input = toAppointmentInput(values, fields, editing ? 'edit' : 'create');
    try {
      let saved: SavedAppointment;
      if (editing) {
        saved = await recordSave(queryClient, locationId, () =>
          call('appointments.update', {
            locationId,
            id: editing.id,
            input,
            saveIfBusy: options.saveIfBusy ?? false,
            expectedLastChangedAt: editing.lastChangedAt,
            seen: versionOf(editing),
            overwrite: options.overwrite ?? false,
          }),
        );
      } else {
        if (!options.saveIfBusy && !mayHaveSaved) {
          const busy = await slotProblem({
            locationId,
            teamMemberId: input.teamMemberId,
            serviceIds: input.services.map((service) => service.id),
            start: input.start,
          });
          if (busy) {
            setProblem({ kind: 'busy', message: bookingProblemWords[busy] ?? busy });
            return;
          }
        }
        saved = await recordSave(queryClient, locationId, () =>
          call('appointments.create', {
            locationId,
            input: { ...input, apiId: input.apiId ?? apiKey },
            saveIfBusy: options.saveIfBusy ?? false,
            retry: mayHaveSaved,
          }),
        );
      }
      // An edit that moved the appointment to another client changes the former client's card too.
      if (editing?.client && editing.client.id !== saved.client?.id)
        refreshClientCard(queryClient, locationId, editing.client.id);
      onSaved(saved);
    } catch (error) {
      const failure = error instanceof BridgeError ? error : null;
      const message = problemText(error, messages.get().notSaved);
      if (failure?.code === 'SLOT_BUSY') setProblem({ kind: 'busy', message });
      else if (failure?.code === 'CONFLICT') setProblem({ kind: 'conflict', message });
      else if (!failure || AMBIGUOUS.has(failure.code)) {
        // Altegio out of reach: the request never left, so nothing can have been booked.
        const notSent = failure?.params?.['unreachable'] === true;
        if (!editing && !notSent) setMayHaveSaved(true);
        const unknown = failure?.params?.['saveUnknown'] === true;
        setProblem({ kind: 'network', message, notSent, unknown });
      } else {
        const unplaced: string[] = [];
        for (const [field, text] of Object.entries(failure.fields)) {
          const name = formFieldOf(field);
          if (name) showFieldError(name, text);
          else unplaced.push(text);
        }
        setProblem({ kind: 'refused', message: [message, ...unplaced].join(' ') });
      }
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, problem, dismiss: () => setProblem(null) };
}
