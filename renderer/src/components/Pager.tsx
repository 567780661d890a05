import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { i18n, params, useMessages } from '../i18n';

const messages = i18n('components/Pager', {
  noneOf: params('0 of {total}'),
  none: 'None',
  rangeOf: params('{range} of {total}'),
  pages: params('{label} pages'),
  previous: 'Previous',
  next: 'Next',
});

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
  const t = messages.get();
  if (shown === 0) return total ? t.noneOf({ total }) : t.none;
  const first = (page - 1) * pageSize + 1;
  const range = `${first}–${first + shown - 1}`;
  return total === null ? range : t.rangeOf({ range, total });
}

export function Pager(props: PagerProps) {
  const t = useMessages(messages);
  return (
    <Stack
      direction="row"
      spacing={1}
      component="nav"
      aria-label={t.pages({ label: props.label })}
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
        {t.previous}
      </Button>
      <Button
        size="small"
        disabled={props.disabled || !props.hasMore}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t.next}
      </Button>
    </Stack>
  );
}
