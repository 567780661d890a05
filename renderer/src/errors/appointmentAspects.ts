import { AppointmentAspect } from '../../../shared/domain/appointmentVersion';

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
  const words = aspects
    .map((aspect) => AppointmentAspect.safeParse(aspect))
    .flatMap((parsed) => (parsed.success ? [ASPECT_WORDS[parsed.data]] : []));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The words for a save after which another desk's change was found (SavedAppointment.changedElsewhere). */
export function changedElsewhereText(aspects: readonly unknown[]): string {
  const what = describeAspects(aspects);
  return `Saved, but another desk changed this appointment${what ? `’s ${what}` : ''} at the same moment: Altegio now has their version of that.`;
}
