import { lazy } from 'react';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { FeatureEntry } from '../../featureEntry';
import { i18n } from '../../i18n';

const messages = i18n('comments/feature', {
  label: 'Comments',
  description: 'What clients said about their visits and the team.',
});

export { memberCommentsFocus } from './commentsFocus';

export const commentsFeature: FeatureEntry = {
  id: 'comments',
  get label() {
    return messages.get().label;
  },
  get description() {
    return messages.get().description;
  },
  icon: RateReviewIcon,
  page: lazy(() => import('./CommentsPage').then((module) => ({ default: module.CommentsPage }))),
  commands: [],
};
