import { isAppointmentAspect } from '../../../shared/domain/appointmentVersioning';
import type { AppointmentAspect } from '../../../shared/domain/appointmentVersion';

const ASPECT_WORDS: Record<AppointmentAspect, string> = {
  time: 'time',
  teamMember: 'team member',
  services: 'services',
  client: 'client',
  clientDetails: 'client details',
  status: 'status',
  comment: 'comment',
  colour: 'colour',
  labels: 'labels',
  customFields: 'custom fields',
  reminders: 'reminders',
  externalId: 'external ID',
  cancelled: 'cancellation',
};

/** "time, comment and labels" of the parts another desk changed; unknown names are left out. */
export function describeAspects(aspects: readonly unknown[]): string {
  const words = aspects.filter(isAppointmentAspect).map((aspect) => ASPECT_WORDS[aspect]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The words for a save after which another desk's change was found (SavedAppointment.changedElsewhere). */
export function changedElsewhereText(aspects: readonly unknown[]): string {
  const what = describeAspects(aspects);
  return `Saved, but another desk changed this appointment${what ? `’s ${what}` : ''} at the same moment: Altegio now has their version of that.`;
}

/** "Cancelled, but …" / "Moved, but …": after a cancel or a move of many, another desk's change found on re-reading. */
export function doneButChangedElsewhere(done: string, aspects: readonly unknown[]): string {
  const what = describeAspects(aspects);
  return `${done}, but another desk changed ${what ? `its ${what}` : 'it'} at the same moment: Altegio has their version of that.`;
}

/** Why an appointment of a multi-appointment change was left alone: what another desk changed since. */
export function changedSinceShownText(aspects: readonly unknown[]): string {
  const what = describeAspects(aspects);
  return `Another desk changed this appointment${what ? `’s ${what}` : ''} meanwhile.`;
}
