import { z } from 'zod';
import { AppointmentStatus } from '../../../../shared/domain/appointment';
import type { Visit, VisitItem, VisitPayment } from '../../../../shared/domain/visit';
import { i18n } from '../../i18n';

const messages = i18n('visits/model', {
  service: 'Service',
  product: 'Product',
  event: 'Group event',
  cash: 'Cash',
  card: 'Card',
});

/** What the visit dialog edits: Altegio takes attendance and the comment together, both required. */
export const visitFormSchema = z.object({
  status: AppointmentStatus,
  comment: z.string().max(2000, 'issue.comment.tooLong'),
});
export type VisitFormValues = z.infer<typeof visitFormSchema>;

export function visitFormDefaults(visit: Visit): VisitFormValues {
  return { status: visit.status, comment: visit.comment };
}

/**
 * The input a field problem belongs to: main's checks name the request path (`update.comment`),
 * Altegio's 422 names its own field, renamed by main (`attendance` → `status`).
 */
export function formFieldOfVisit(path: string): keyof VisitFormValues | null {
  const field = path.replace(/^update\./, '');
  if (field === 'status' || field === 'attendance') return 'status';
  if (field === 'comment') return 'comment';
  return null;
}

export const itemKindNames: Record<VisitItem['kind'], string> = {
  get service() {
    return messages.get().service;
  },
  get product() {
    return messages.get().product;
  },
  get event() {
    return messages.get().event;
  },
};

/** "×2" for more than one; nothing for one (or Altegio's negative write-off amounts). */
export function quantityText(amount: number): string {
  const quantity = Math.abs(amount);
  return quantity > 0 && quantity !== 1 ? `×${quantity}` : '';
}

/** "−15%" of a percent discount; "" when there is none. */
export function discountText(discountPercent: number): string {
  return discountPercent > 0 ? `−${discountPercent}%` : '';
}

/** "Cash", "Card" or the account's own title. */
export function accountText(payment: VisitPayment): string {
  const t = messages.get();
  return payment.account || (payment.cash ? t.cash : t.card);
}
