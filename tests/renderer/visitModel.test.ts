import { describe, expect, it } from 'vitest';
import {
  accountText,
  discountText,
  formFieldOfVisit,
  quantityText,
  visitFormSchema,
} from '../../renderer/src/features/visits/model';

describe('the visit form model', () => {
  it('places field problems from main’s checks and from Altegio at their inputs', () => {
    expect(formFieldOfVisit('update.comment')).toBe('comment');
    expect(formFieldOfVisit('comment')).toBe('comment');
    expect(formFieldOfVisit('status')).toBe('status');
    expect(formFieldOfVisit('update.status')).toBe('status');
    expect(formFieldOfVisit('attendance')).toBe('status');
    expect(formFieldOfVisit('goods_transactions')).toBeNull();
    expect(formFieldOfVisit('visitId')).toBeNull();
  });

  it('checks the comment’s length and the attendance before anything is sent', () => {
    expect(visitFormSchema.safeParse({ status: 'no-show', comment: '' }).success).toBe(true);
    const long = visitFormSchema.safeParse({ status: 'arrived', comment: 'x'.repeat(2001) });
    expect(long.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['comment', 'issue.comment.tooLong'],
    ]);
    expect(visitFormSchema.safeParse({ status: 'gone', comment: '' }).success).toBe(false);
  });

  it('words quantities, discounts and payment accounts', () => {
    expect([quantityText(1), quantityText(2), quantityText(-1), quantityText(0), quantityText(1.5)]).toEqual([
      '',
      '×2',
      '',
      '',
      '×1.5',
    ]);
    expect([discountText(0), discountText(12.5)]).toEqual(['', '−12.5%']);
    const payment = { id: 1, amount: 5, paidAt: null };
    expect(accountText({ ...payment, account: 'Card terminal 2', cash: false })).toBe('Card terminal 2');
    expect(accountText({ ...payment, account: '', cash: true })).toBe('Cash');
    expect(accountText({ ...payment, account: '', cash: false })).toBe('Card');
  });
});
