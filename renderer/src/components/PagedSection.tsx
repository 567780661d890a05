import type { ReactNode } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState } from './EmptyState';
import { LoadProblem } from './LoadProblem';
import { Pager, type PagerProps } from './Pager';

interface PagedSectionProps {
  /** The section's accessible name. */
  label: string;
  title: string;
  pager: PagerProps;
  /** The read behind the page, as TanStack Query reports it. */
  read: { isFetching: boolean; isSuccess: boolean; error: unknown; refetch: () => unknown };
  /** Said on the progress bar while the page loads ("Loading reviews"). */
  loadingLabel: string;
  /** What a failed read says when the error itself says nothing useful. */
  problem: string;
  /** Shown instead of the content when the page loaded with nothing on it. */
  empty: { when: boolean; title: string; description: string; icon: ReactNode };
  children: ReactNode;
}

/** A titled, paged list read a page at a time: its pager, its loading line, its failure and its empty state. */
export function PagedSection({
  label,
  title,
  pager,
  read,
  loadingLabel,
  problem,
  empty,
  children,
}: PagedSectionProps) {
  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <Pager {...pager} />
      </Stack>
      {read.isFetching && <LinearProgress aria-label={loadingLabel} />}
      {read.error ? (
        <LoadProblem error={read.error} fallback={problem} onRetry={() => void read.refetch()} />
      ) : null}
      {read.isSuccess && empty.when ? (
        <EmptyState title={empty.title} description={empty.description} icon={empty.icon} />
      ) : (
        children
      )}
    </Paper>
  );
}
