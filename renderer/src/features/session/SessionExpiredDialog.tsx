import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { SessionState } from '../../../../shared/domain/session';
import { SignInPanel } from './SignInPanel';
import { i18n, useMessages } from '../../i18n';
import { endedText } from './wording';

const messages = i18n('session/SessionExpiredDialog', { title: 'Sign in again' });

/** Over the open screen when Altegio has ended the session: sign in again, and carry on where one was. */
export function SessionExpiredDialog({
  open,
  endedBecause,
}: {
  open: boolean;
  endedBecause: SessionState['endedBecause'];
}) {
  const t = useMessages(messages);
  return (
    <Dialog open={open} aria-labelledby="session-expired-title" maxWidth="xs" fullWidth>
      <DialogTitle id="session-expired-title">{t.title}</DialogTitle>
      <DialogContent>
        <SignInPanel notice={endedText(endedBecause)} />
      </DialogContent>
    </Dialog>
  );
}
