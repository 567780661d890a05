import { DateTime } from 'luxon';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Comment } from '../../../../shared/domain/comment';
import { i18n, useMessages } from '../../i18n';
import { Stars } from './stars';

const messages = i18n('comments/CommentsList', {
  reviews: 'Reviews',
  date: 'Date',
  about: 'About',
  rating: 'Rating',
  review: 'Review',
  by: 'By',
});

interface CommentsListProps {
  comments: readonly Comment[];
  zone: string;
  nameOf: (teamMemberId: number | null) => string;
}

/** One page of reviews: when, about whom, the stars, what was said and by whom. */
export function CommentsList({ comments, zone, nameOf }: CommentsListProps) {
  const t = useMessages(messages);
  return (
    <Table size="small" aria-label={t.reviews}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 140 }}>{t.date}</TableCell>
          <TableCell sx={{ width: 170 }}>{t.about}</TableCell>
          <TableCell sx={{ width: 130 }}>{t.rating}</TableCell>
          <TableCell>{t.review}</TableCell>
          <TableCell sx={{ width: 150 }}>{t.by}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {comments.map((comment) => (
          <TableRow key={comment.id} data-comment-id={comment.id}>
            <TableCell>
              {comment.date
                ? DateTime.fromISO(comment.date).setZone(zone).toFormat('d LLL yyyy, HH:mm')
                : '—'}
            </TableCell>
            <TableCell>{nameOf(comment.teamMemberId)}</TableCell>
            <TableCell>
              <Stars value={comment.rating} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{comment.text}</TableCell>
            <TableCell>{comment.authorName}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
