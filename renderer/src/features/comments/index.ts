import RateReviewIcon from '@mui/icons-material/RateReview';
import { plannedFeature } from '../../components/PlannedSection';

export const commentsFeature = plannedFeature(
  'comments',
  'Comments',
  'What clients said about their visits and the team.',
  RateReviewIcon,
);
