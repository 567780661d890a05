import { useEffect, useState } from 'react';
import Typography from '@mui/material/Typography';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import type { UnreadableResource } from '../../../shared/domain/unreadable';
import { subscribe } from '../api';
import { unreadableWords } from '../errors';
import { Hint } from '../components/Hint';
import { i18n, useMessages } from '../i18n';

const messages = i18n('app/UnreadableRecordsNotice', {
  hint: 'Altegio sent them in a form Frontdesk cannot read; everything else is shown as usual.',
});

/**
 * One calm line in the status bar while a list Altegio sent held records Frontdesk cannot read ("2 team
 * members from Altegio could not be shown"); the others are shown. It goes when the next read of that
 * list comes back clean. Appointments are counted under the calendar's toolbar instead.
 */
export function UnreadableRecordsNotice() {
  const t = useMessages(messages);
  const [counts, setCounts] = useState<Partial<Record<UnreadableResource, number>>>({});

  useEffect(
    () =>
      subscribe('altegio.unreadable', ({ resource, count }) =>
        setCounts((known) => ({ ...known, [resource]: count })),
      ),
    [],
  );

  const lines = Object.entries(counts).flatMap(([resource, count]) =>
    count ? [unreadableWords(resource as UnreadableResource, count)] : [],
  );
  if (lines.length === 0) return null;
  return (
    <Hint title={t.hint}>
      <Typography
        variant="caption"
        color="text.secondary"
        data-testid="unreadable-records"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
      >
        <InfoOutlinedIcon fontSize="inherit" />
        {lines.join(' · ')}
      </Typography>
    </Hint>
  );
}
