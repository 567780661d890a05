import type { LabelTarget } from '../../../../shared/contract/labels';
import type { LabelEntity } from '../../../../shared/domain/label';

/** How Settings speaks of each kind of label. */
export const targetWords: Record<LabelTarget, { one: string; tab: string; onlyOwn: string; common: string }> =
  {
    appointment: {
      one: 'appointment',
      tab: 'Appointment labels',
      onlyOwn: 'Appointments only',
      common: 'Appointments and clients (common)',
    },
    client: {
      one: 'client',
      tab: 'Client labels',
      onlyOwn: 'Clients only',
      common: 'Clients and appointments (common)',
    },
  };

/** What a label disappears from when it is deleted. */
export function carriersOf(entity: LabelEntity): string {
  if (entity === 'record') return 'every appointment that carries it';
  if (entity === 'client') return 'every client who carries it';
  if (entity === 'activity') return 'every group event that carries it';
  return 'every appointment and every client that carries it';
}
