import type { LabelTarget } from '../../../../shared/contract/labels';
import type { LabelEntity } from '../../../../shared/domain/label';
import { i18n } from '../../i18n';

const messages = i18n('labels/targetWords', {
  appointmentTab: 'Appointment labels',
  appointmentOnlyOwn: 'Appointments only',
  appointmentCommon: 'Appointments and clients (common)',
  appointmentNone: 'No appointment labels yet',
  appointmentNoneHint: 'Make one to mark appointments at a glance.',
  appointmentNew: 'New appointment label',
  clientTab: 'Client labels',
  clientOnlyOwn: 'Clients only',
  clientCommon: 'Clients and appointments (common)',
  clientNone: 'No client labels yet',
  clientNoneHint: 'Make one to mark clients at a glance.',
  clientNew: 'New client label',
  recordCarriers: 'every appointment that carries it',
  clientCarriers: 'every client who carries it',
  activityCarriers: 'every group event that carries it',
  commonCarriers: 'every appointment and every client that carries it',
});

interface TargetWords {
  tab: string;
  onlyOwn: string;
  common: string;
  /** The empty tab's title and hint. */
  none: string;
  noneHint: string;
  /** The dialog's title for a new label. */
  newLabel: string;
}

function wordsOf(target: LabelTarget): TargetWords {
  return {
    get tab() {
      return messages.get()[`${target}Tab`];
    },
    get onlyOwn() {
      return messages.get()[`${target}OnlyOwn`];
    },
    get common() {
      return messages.get()[`${target}Common`];
    },
    get none() {
      return messages.get()[`${target}None`];
    },
    get noneHint() {
      return messages.get()[`${target}NoneHint`];
    },
    get newLabel() {
      return messages.get()[`${target}New`];
    },
  };
}

/** How Settings speaks of each kind of label, in the language shown. */
export const targetWords: Record<LabelTarget, TargetWords> = {
  appointment: wordsOf('appointment'),
  client: wordsOf('client'),
};

/** What a label disappears from when it is deleted. */
export function carriersOf(entity: LabelEntity): string {
  const t = messages.get();
  if (entity === 'record') return t.recordCarriers;
  if (entity === 'client') return t.clientCarriers;
  if (entity === 'activity') return t.activityCarriers;
  return t.commonCarriers;
}
