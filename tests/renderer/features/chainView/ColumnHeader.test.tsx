import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ColumnHeader } from '../../../../renderer/src/features/chainView/ColumnHeader';
import type { Location } from '../../../../shared/domain/location';

const location = (id: number, title: string, timezone: string): Location => ({
  id,
  title,
  timezone,
  city: '',
  address: '',
  phone: '',
  currency: '',
});
const salon = location(101, 'Frontdesk Demo Salon', 'America/New_York');
const studio = location(102, 'Frontdesk Demo Studio', 'Asia/Almaty');

/**
 * 21:00 UTC on 12 January 2027: 16:00 on the 12th in New York, 02:00 on the 13th in Almaty. The chain
 * view shows one calendar date in every column (the open location's today, here the 12th), each in its
 * own zone; the Almaty column then says that it is already the 13th there.
 */
const EVENING_IN_NEW_YORK = new Date('2027-01-12T21:00:00Z');

describe('a chain view column header', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: EVENING_IN_NEW_YORK });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names the location, its zone and its time now, on the shown date', () => {
    render(<ColumnHeader location={salon} date="2027-01-12" />);
    expect(screen.getByRole('heading', { name: 'Frontdesk Demo Salon' })).toBeTruthy();
    expect(screen.getByTestId('chain-column-clock').textContent).toBe('America/New_York · 16:00 now');
  });

  it('says which date it is there when the location is already on another one', () => {
    render(<ColumnHeader location={studio} date="2027-01-12" />);
    expect(screen.getByRole('heading', { name: 'Frontdesk Demo Studio' })).toBeTruthy();
    expect(screen.getByTestId('chain-column-clock').textContent).toBe(
      'Asia/Almaty · 02:00 now, Wednesday 13 January',
    );
  });

  it('says nothing of the date when the shown date is that location’s today', () => {
    render(<ColumnHeader location={studio} date="2027-01-13" />);
    expect(screen.getByTestId('chain-column-clock').textContent).toBe('Asia/Almaty · 02:00 now');
  });
});
