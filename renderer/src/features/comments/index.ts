import RateReviewIcon from '@mui/icons-material/RateReview';
import { plannedSection } from '../../components/PlannedSection';
import type { FeatureEntry } from '../../featureEntry';

const label = 'Comments';
const description = 'What clients said about their visits and the team.';

export const commentsFeature: FeatureEntry = {
  id: 'comments',
  label,
  description,
  icon: RateReviewIcon,
  page: plannedSection(label, description, RateReviewIcon),
  commands: [],
};
