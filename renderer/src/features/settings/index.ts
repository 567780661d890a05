import SettingsIcon from '@mui/icons-material/Settings';
import type { FeatureEntry } from '../../featureEntry';
import { SettingsPage } from './SettingsPage';

/** The Settings section: the panels of the features a manager configures. */
export const settingsFeature: FeatureEntry = {
  id: 'settings',
  label: 'Settings',
  description: 'Appearance, custom fields, labels and technical breaks.',
  icon: SettingsIcon,
  page: SettingsPage,
  commands: [],
};
