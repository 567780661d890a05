import type { ReactElement } from 'react';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SettingsIcon from '@mui/icons-material/Settings';

export type SectionId = 'appointments' | 'schedules' | 'comments' | 'settings';

export interface Section {
  id: SectionId;
  label: string;
  description: string;
  icon: ReactElement;
}

export const sections: readonly Section[] = [
  {
    id: 'appointments',
    label: 'Appointment log',
    description: 'The day’s appointments for every team member, to book, move, edit and cancel.',
    icon: <CalendarMonthIcon />,
  },
  {
    id: 'schedules',
    label: 'Recurring schedules',
    description: 'Weekly group events and the clients enrolled in them.',
    icon: <EventRepeatIcon />,
  },
  {
    id: 'comments',
    label: 'Comments',
    description: 'What clients said about their visits and the team.',
    icon: <RateReviewIcon />,
  },
  {
    id: 'settings',
    label: 'Settings',
    description: 'Appearance, custom fields, labels and technical breaks.',
    icon: <SettingsIcon />,
  },
];
