import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ScheduleCard } from '../../renderer/src/features/schedules/ScheduleCard';
import type { ScheduleOverview } from '../../shared/domain/schedule';

const overview = (listed: boolean): ScheduleOverview => ({
  schedule: {
    id: 900,
    eventId: 8000,
    startDate: '2027-01-05',
    endDate: '2027-03-30',
    days: [
      {
        id: 2,
        scheduleId: 900,
        weekday: 'fri',
        time: '16:00',
        durationSeconds: 7200,
        technicalBreakSeconds: 0,
        teamMemberId: 7,
        capacity: 8,
        labelIds: [],
      },
      {
        id: 1,
        scheduleId: 900,
        weekday: 'tue',
        time: '16:00',
        durationSeconds: 7200,
        technicalBreakSeconds: 0,
        teamMemberId: 7,
        capacity: 8,
        labelIds: [],
      },
    ],
  },
  serviceId: 5,
  serviceTitle: 'Yoga',
  colour: null,
  enrolments: listed
    ? [
        {
          id: 1,
          clientId: 11,
          clientName: 'Anna',
          clientPhone: '+12025550100',
          dayIds: [1, 2],
          finalDay: null,
        },
      ]
    : [],
  enrolmentsListed: listed,
  eventIds: [],
});

const renderCard = (listed: boolean) =>
  render(
    <ScheduleCard
      overview={overview(listed)}
      team={[]}
      zone="America/New_York"
      highlighted={false}
      onAction={vi.fn()}
    />,
  );

describe('ScheduleCard', () => {
  it('names the schedule by its series in week order, and each client’s buttons by the client', () => {
    renderCard(true);
    const card = screen.getByRole('region', { name: 'Yoga · Tue 16:00, Fri 16:00 schedule' });
    const series = within(card).getByRole('table', { name: 'Series of Yoga' });
    const weekdays = within(series)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(weekdays).toEqual(['Tuesday', 'Friday']);
    expect(within(card).getByRole('button', { name: 'Change the series of Anna' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Unenrol Anna' })).toBeTruthy();
  });

  it('says so when Altegio does not list who is enrolled, instead of claiming nobody is', () => {
    renderCard(false);
    expect(screen.getByRole('note').textContent).toContain('does not list who is enrolled');
    expect(screen.queryByText(/Nobody yet/)).toBeNull();
    expect(screen.getAllByText('8 places')).toHaveLength(2);
  });
});
