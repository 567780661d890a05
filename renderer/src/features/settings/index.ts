import { lazy } from 'react';
import SettingsIcon from '@mui/icons-material/Settings';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';

const messages = i18n('settings/Feature', {
  label: 'Settings',
  description: 'Appearance, custom fields, labels and technical breaks.',
});

/** The Settings section: the panels of the features a manager configures. */
export const settingsFeature: FeatureEntry = {
  id: 'settings',
  get label(): string {
    return messages.get().label;
  },
  get description(): string {
    return messages.get().description;
  },
  icon: SettingsIcon,
  page: lazy(() => import('./SettingsPage').then((module) => ({ default: module.SettingsPage }))),
  commands: [],
};
