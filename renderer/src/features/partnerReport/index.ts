import { lazy } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import type { FeatureEntry } from '../../featureEntry';

export const partnerReportFeature: FeatureEntry = {
  id: 'partnerReport',
  label: 'Frontdesk bookings',
  description: 'The appointments booked through Frontdesk, for a manager to review.',
  icon: AssessmentIcon,
  page: lazy(() => import('./PartnerReportPage').then((module) => ({ default: module.PartnerReportPage }))),
  commands: [],
};
