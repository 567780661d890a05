import { lazy } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';

const messages = i18n('partnerReport/feature', {
  label: 'Frontdesk bookings',
  description: 'The appointments booked through Frontdesk, for a manager to review.',
});

export const partnerReportFeature: FeatureEntry = {
  id: 'partnerReport',
  get label() {
    return messages.get().label;
  },
  get description() {
    return messages.get().description;
  },
  icon: AssessmentIcon,
  page: lazy(() => import('./PartnerReportPage').then((module) => ({ default: module.PartnerReportPage }))),
  commands: [],
};
