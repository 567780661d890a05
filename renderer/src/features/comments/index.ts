import { lazy } from 'react';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { FeatureEntry } from '../../featureEntry';

export { memberCommentsFocus } from './commentsFocus';

export const commentsFeature: FeatureEntry = {
  id: 'comments',
  label: 'Comments',
  description: 'What clients said about their visits and the team.',
  icon: RateReviewIcon,
  page: lazy(() => import('./CommentsPage').then((module) => ({ default: module.CommentsPage }))),
  commands: [],
};
