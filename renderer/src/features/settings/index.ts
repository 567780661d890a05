import { lazy } from 'react';
import SettingsIcon from '@mui/icons-material/Settings';
import type { FeatureEntry } from '../../featureEntry';

/** The Settings section: the panels of the features a manager configures. */
export const settingsFeature: FeatureEntry = {
  id: 'settings',
  label: 'Settings',
  description: 'Appearance, custom fields, labels and technical breaks.',
  icon: SettingsIcon,
  page: lazy(() => import('./SettingsPage').then((module) => ({ default: module.SettingsPage }))),
  commands: [],
};
