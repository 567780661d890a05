import { isAppointmentAspect } from '../../../shared/domain/appointmentVersioning';
import type { AppointmentAspect } from '../../../shared/domain/appointmentVersion';
import { i18n, params } from '../i18n';

const messages = i18n('errors/appointmentAspects', {
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
  list: params('{first} and {last}'),
  savedChangedSome: params(
    'Saved, but another desk changed this appointment’s {what} at the same moment: Altegio now has their version of that.',
  ),
  savedChanged:
    'Saved, but another desk changed this appointment at the same moment: Altegio now has their version of that.',
  doneChangedSome: params(
    '{done}, but another desk changed its {what} at the same moment: Altegio has their version of that.',
  ),
  doneChanged: params(
    '{done}, but another desk changed it at the same moment: Altegio has their version of that.',
  ),
  changedSinceSome: params('Another desk changed this appointment’s {what} meanwhile.'),
  changedSince: 'Another desk changed this appointment meanwhile.',
} satisfies Record<AppointmentAspect, unknown> & Record<string, unknown>);

/** "time, comment and labels" of the parts another desk changed; unknown names are left out. */
export function describeAspects(aspects: readonly unknown[]): string {
  const t = messages.get();
  const words = aspects.filter(isAppointmentAspect).map((aspect) => t[aspect]);
  if (words.length <= 1) return words.join('');
  return t.list({ first: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' });
}

/** The words for a save after which another desk's change was found (SavedAppointment.changedElsewhere). */
export function changedElsewhereText(aspects: readonly unknown[]): string {
  const t = messages.get();
  const what = describeAspects(aspects);
  return what ? t.savedChangedSome({ what }) : t.savedChanged;
}

/** "Cancelled, but …" / "Moved, but …": after a cancel or a move of many, another desk's change found on re-reading. */
export function doneButChangedElsewhere(done: string, aspects: readonly unknown[]): string {
  const t = messages.get();
  const what = describeAspects(aspects);
  return what ? t.doneChangedSome({ done, what }) : t.doneChanged({ done });
}

/** Why an appointment of a multi-appointment change was left alone: what another desk changed since. */
export function changedSinceShownText(aspects: readonly unknown[]): string {
  const t = messages.get();
  const what = describeAspects(aspects);
  return what ? t.changedSinceSome({ what }) : t.changedSince;
}
