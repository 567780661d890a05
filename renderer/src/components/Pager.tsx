import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface PagerProps {
  /** What is paged, for the accessible name ("Reviews"). */
  label: string;
  page: number;
  pageSize: number;
  /** Items on this page. */
  shown: number;
  /** Every match, when known; without it the text says only which ones are shown. */
  total: number | null;
  hasMore: boolean;
  disabled?: boolean;
  onPage: (page: number) => void;
}

/** "21–40 of 57" (or "21–40" when no total is known), with Previous and Next. */
export function pageText(page: number, pageSize: number, shown: number, total: number | null): string {
  if (shown === 0) return total ? `0 of ${total}` : 'None';
  const first = (page - 1) * pageSize + 1;
  const range = `${first}–${first + shown - 1}`;
  return total === null ? range : `${range} of ${total}`;
}

export function Pager(props: PagerProps) {
  return (
    <Stack
      direction="row"
      spacing={1}
      component="nav"
      aria-label={`${props.label} pages`}
      sx={{ alignItems: 'center', justifyContent: 'flex-end' }}
    >
      <Typography variant="body2" data-testid="pager-text" aria-live="polite">
        {pageText(props.page, props.pageSize, props.shown, props.total)}
      </Typography>
      <Button
        size="small"
        disabled={props.disabled || props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        Previous
      </Button>
      <Button
        size="small"
        disabled={props.disabled || !props.hasMore}
        onClick={() => props.onPage(props.page + 1)}
      >
        Next
      </Button>
    </Stack>
  );
}
