import AssessmentIcon from '@mui/icons-material/Assessment';
import type { FeatureEntry } from '../../featureEntry';
import { PartnerReportPage } from './PartnerReportPage';

export const partnerReportFeature: FeatureEntry = {
  id: 'partnerReport',
  label: 'Frontdesk bookings',
  description: 'The appointments booked through Frontdesk, for a manager to review.',
  icon: AssessmentIcon,
  page: PartnerReportPage,
  commands: [],
};
