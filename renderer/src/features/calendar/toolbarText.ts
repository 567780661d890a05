import type { Label } from '../../../../shared/domain/label';
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';

// Words the toolbar's fields and their stand-ins share (the stand-ins show before the fields load).
export const toolbarText = i18n('calendar/toolbarText', {
  allMembers: 'All team members',
  someMembers: params('{shown} of {all} team members'),
  allAppointments: 'All appointments',
  only: params('Only {labels}'),
  search: 'Find a client (name or phone)',
});

export const membersShownText = (shown: number, all: number) => {
  const t = toolbarText.get();
  return shown === all ? t.allMembers : t.someMembers({ shown, all });
};

export const labelsShownText = (labels: readonly Label[], chosen: readonly number[]) => {
  const t = toolbarText.get();
  return chosen.length === 0
    ? t.allAppointments
    : t.only({
        labels: chosen.map((id) => isolate(labels.find((label) => label.id === id)?.title ?? '…')).join(', '),
      });
};
