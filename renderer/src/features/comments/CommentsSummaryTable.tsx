import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CommentsSummary } from '../../../../shared/domain/comment';
import { i18n, params, useLocale, useMessages } from '../../i18n';
import { Stars } from './stars';

const messages = i18n('comments/CommentsSummaryTable', {
  none: 'No reviews in these dates.',
  table: 'Average rating per team member',
  about: 'About',
  reviews: 'Reviews',
  average: 'Average rating',
  showReviews: params('Show the reviews of {name}'),
  everyone: 'Everyone',
});

interface CommentsSummaryTableProps {
  summary: CommentsSummary;
  nameOf: (teamMemberId: number | null) => string;
  /** Shows one member's reviews in the list. */
  onMember: (teamMemberId: number) => void;
}

function Average({ value }: { value: number | null }) {
  const locale = useLocale();
  if (value === null) return <>—</>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Stars value={value} precision={0.1} />
      <span>{value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</span>
    </Stack>
  );
}

/** Reviews and the average rating of each team member (and of the location) in the chosen dates. */
export function CommentsSummaryTable({ summary, nameOf, onMember }: CommentsSummaryTableProps) {
  const t = useMessages(messages);
  if (summary.count === 0) {
    return <Typography color="text.secondary">{t.none}</Typography>;
  }
  return (
    <Table size="small" aria-label={t.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t.about}</TableCell>
          <TableCell align="right">{t.reviews}</TableCell>
          <TableCell>{t.average}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {summary.subjects.map((subject) => (
          <TableRow
            key={subject.teamMemberId ?? 'location'}
            data-subject={subject.teamMemberId ?? 'location'}
          >
            <TableCell>
              {subject.teamMemberId === null ? (
                nameOf(null)
              ) : (
                <Link
                  component="button"
                  type="button"
                  onClick={() => onMember(subject.teamMemberId ?? 0)}
                  aria-label={t.showReviews({ name: nameOf(subject.teamMemberId) })}
                >
                  {nameOf(subject.teamMemberId)}
                </Link>
              )}
            </TableCell>
            <TableCell align="right">{subject.count}</TableCell>
            <TableCell>
              <Average value={subject.average} />
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{t.everyone}</TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            {summary.count}
          </TableCell>
          <TableCell>
            <Average value={summary.average} />
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
