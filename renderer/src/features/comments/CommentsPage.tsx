import { useState } from 'react';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import { COMMENTS_PAGE_SIZE } from '../../../../shared/contract/comments';
import type { Location } from '../../../../shared/domain/location';
import { DateRangeFields, type DateRange } from '../../components/DateRangeFields';
import { LoadProblem } from '../../components/LoadProblem';
import { NoticeBar, type Notice } from '../../components/NoticeBar';
import { PagedSection } from '../../components/PagedSection';
import { i18n, params, useMessages } from '../../i18n';
import { useNavigation } from '../../navigation';
import { todayIn } from '../../time';
import { useTeam } from '../team';
import { useCommentsPage, useCommentsSummary } from './api';
import { CommentsList } from './CommentsList';
import { CommentsSummaryTable } from './CommentsSummaryTable';
import { LeaveCommentDialog } from './LeaveCommentDialog';
import { defaultRange, focusedMember, matchingCount, type CommentsFilter } from './model';
import { starsLabel } from './stars';
import { isolate } from '../../components/isolate';

const ANY = '';

const messages = i18n('comments/CommentsPage', {
  location: 'The location',
  formerMember: params('Former team member #{id}'),
  comments: 'Comments',
  member: 'Team member',
  everyone: 'Everyone',
  rating: 'Rating',
  anyRating: 'Any rating',
  leave: 'Leave a review',
  inDates: 'Reviews in these dates',
  averages: 'Average ratings',
  noAverages: 'The averages could not be worked out.',
  loadingAverages: 'Loading the averages',
  list: 'Review list',
  reviews: 'Reviews',
  loading: 'Loading reviews',
  notLoaded: 'The reviews could not be loaded.',
  noReviews: 'No reviews',
  noMatch: 'No review matches these dates and filters.',
  leftAboutLocation: 'Review left about the location.',
  leftAbout: params('Review left about {name}.'),
});
/** A select whose "any" choice (the empty value) is shown, not left blank under its label. */
const SHOW_ANY = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

/** Client reviews: filtered by dates, team member and rating, a page at a time, with averages per member. */
export function CommentsPage({ location }: { location: Location }) {
  const { focus } = useNavigation();
  const t = useMessages(messages);
  const team = useTeam(location.id).data ?? [];
  const [range, setRange] = useState<DateRange>(() => defaultRange(todayIn(location.timezone)));
  const [filter, setFilter] = useState<CommentsFilter>(() => ({
    teamMemberId: focusedMember(focus),
    rating: null,
  }));
  const [followedFocus, setFollowedFocus] = useState(focus);
  const [page, setPage] = useState(1);
  const [leaving, setLeaving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  // Opened again from a calendar column while already here: show that member.
  if (followedFocus !== focus) {
    setFollowedFocus(focus);
    const member = focusedMember(focus);
    if (member !== null) {
      setFilter({ teamMemberId: member, rating: null });
      setPage(1);
    }
  }

  const query = {
    locationId: location.id,
    ...range,
    page,
    ...(filter.teamMemberId === null ? {} : { teamMemberId: filter.teamMemberId }),
    ...(filter.rating === null ? {} : { rating: filter.rating }),
  };
  const list = useCommentsPage(query);
  const summary = useCommentsSummary(location.id, range.from, range.to);
  const summaryIsCurrent = summary.isSuccess && !summary.isPlaceholderData;

  const nameOf = (teamMemberId: number | null) =>
    teamMemberId === null
      ? t.location
      : (team.find((member) => member.id === teamMemberId)?.name ?? t.formerMember({ id: teamMemberId }));
  const refilter = (change: Partial<CommentsFilter>) => {
    setFilter((current) => ({ ...current, ...change }));
    setPage(1);
  };

  const comments = list.data?.comments ?? [];
  const shownPage = list.data?.page ?? page;
  return (
    <>
      <Stack spacing={2} sx={{ p: 2, maxWidth: 1200 }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <ScreenReaderOnly as="h1">{t.comments}</ScreenReaderOnly>
          <DateRangeFields
            range={range}
            zone={location.timezone}
            onChange={(next) => {
              setRange(next);
              setPage(1);
            }}
          />
          <TextField
            select
            size="small"
            label={t.member}
            sx={{ minWidth: 200 }}
            slotProps={SHOW_ANY}
            value={filter.teamMemberId === null ? ANY : String(filter.teamMemberId)}
            onChange={(event) =>
              refilter({ teamMemberId: event.target.value === ANY ? null : Number(event.target.value) })
            }
          >
            <MenuItem value={ANY}>{t.everyone}</MenuItem>
            {team.map((member) => (
              <MenuItem key={member.id} value={String(member.id)}>
                {member.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t.rating}
            sx={{ minWidth: 140 }}
            slotProps={SHOW_ANY}
            value={filter.rating === null ? ANY : String(filter.rating)}
            onChange={(event) =>
              refilter({ rating: event.target.value === ANY ? null : Number(event.target.value) })
            }
          >
            <MenuItem value={ANY}>{t.anyRating}</MenuItem>
            {[5, 4, 3, 2, 1].map((stars) => (
              <MenuItem key={stars} value={String(stars)}>
                {starsLabel(stars)}
              </MenuItem>
            ))}
          </TextField>
          <Stack sx={{ flexGrow: 1 }} />
          <Button variant="outlined" startIcon={<RateReviewIcon />} onClick={() => setLeaving(true)}>
            {t.leave}
          </Button>
        </Stack>

        <Paper variant="outlined" component="section" aria-label={t.inDates} sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            {t.averages}
          </Typography>
          {summary.error && (
            <LoadProblem
              error={summary.error}
              fallback={t.noAverages}
              onRetry={() => void summary.refetch()}
            />
          )}
          {summary.isFetching && <LinearProgress aria-label={t.loadingAverages} />}
          {summary.data && (
            <CommentsSummaryTable
              summary={summary.data}
              nameOf={nameOf}
              onMember={(teamMemberId) => refilter({ teamMemberId })}
            />
          )}
        </Paper>

        <PagedSection
          label={t.list}
          title={t.reviews}
          pager={{
            label: t.reviews,
            page: shownPage,
            pageSize: COMMENTS_PAGE_SIZE,
            shown: comments.length,
            total: summaryIsCurrent ? matchingCount(summary.data, filter) : null,
            hasMore: list.data?.hasMore ?? false,
            disabled: list.isFetching,
            onPage: setPage,
          }}
          read={list}
          loadingLabel={t.loading}
          problem={t.notLoaded}
          empty={{
            when: comments.length === 0,
            title: t.noReviews,
            description: t.noMatch,
            icon: <RateReviewIcon />,
          }}
        >
          <CommentsList comments={comments} zone={location.timezone} nameOf={nameOf} />
        </PagedSection>
      </Stack>
      {leaving && (
        <LeaveCommentDialog
          locationId={location.id}
          team={team}
          teamMemberId={filter.teamMemberId}
          onClose={() => setLeaving(false)}
          onSaved={(comment) => {
            setLeaving(false);
            const message =
              comment.teamMemberId === null
                ? t.leftAboutLocation
                : t.leftAbout({ name: isolate(nameOf(comment.teamMemberId)) });
            setNotice({ message, severity: 'success' });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
