import type { Label } from '../../../../shared/domain/label';
import { isolate } from '../../components/isolate';

// Words the toolbar's fields and their stand-ins share (the stand-ins show before the fields load).

export const membersShownText = (shown: number, all: number) =>
  shown === all ? 'All team members' : `${shown} of ${all} team members`;

export const labelsShownText = (labels: readonly Label[], chosen: readonly number[]) =>
  chosen.length === 0
    ? 'All appointments'
    : `Only ${chosen.map((id) => isolate(labels.find((label) => label.id === id)?.title ?? '…')).join(', ')}`;

export const SEARCH_PLACEHOLDER = 'Find a client (name or phone)';
