import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { CLIENT_COMMENT_MAX_LENGTH } from '../../../../shared/domain/client';
import { BridgeError, problemText } from '../../api';
import { i18n, params, useLocale, useMessages } from '../../i18n';
import { useAddClientComment, useClientComments } from './api';
import { useReadOnly } from '../offline';

const messages = i18n('clients/ClientComments', {
  maySaved: params('{problem} The note may have been saved: check the list before adding it again.'),
  notAdded: 'The note could not be added.',
  notes: 'Notes',
  loading: 'Loading the notes…',
  retry: 'Retry',
  notLoaded: 'The notes could not be loaded.',
  none: 'No notes yet.',
  newNote: 'New note',
  tooLong: params('At most {max} characters.'),
  add: 'Add note',
});

interface ClientCommentsProps {
  locationId: number;
  clientId: number;
  zone: string;
}

/** The notes staff keep on the client card, newest first, and a box to add one. */
export function ClientComments({ locationId, clientId, zone }: ClientCommentsProps) {
  const comments = useClientComments(locationId, clientId);
  const add = useAddClientComment(locationId, clientId);
  const t = useMessages(messages);
  const locale = useLocale();
  const readOnly = useReadOnly();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = text.trim().length > CLIENT_COMMENT_MAX_LENGTH;

  const submit = async () => {
    if (!text.trim() || tooLong || readOnly) return;
    setProblem(null);
    try {
      await add.mutateAsync(text.trim());
      setText('');
    } catch (error) {
      const lost = error instanceof BridgeError && ['NETWORK', 'TIMEOUT', 'SERVER'].includes(error.code);
      setProblem(
        lost
          ? t.maySaved({ problem: problemText(error, '') })
          : (error instanceof BridgeError && error.fields.text) || problemText(error, t.notAdded),
      );
    }
  };

  return (
    <section aria-label={t.notes}>
      <Typography variant="subtitle2" component="h3">
        {t.notes}
      </Typography>
      {comments.isPending && <Typography variant="body2">{t.loading}</Typography>}
      {comments.error && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => void comments.refetch()}>
              {t.retry}
            </Button>
          }
        >
          {problemText(comments.error, t.notLoaded)}
        </Alert>
      )}
      {comments.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t.none}
        </Typography>
      )}
      {comments.data && comments.data.length > 0 && (
        <List dense disablePadding>
          {comments.data.map((comment) => (
            <ListItem key={comment.id} disableGutters sx={{ py: 0 }}>
              <ListItemText
                primary={comment.text}
                secondary={[
                  comment.createdAt &&
                    DateTime.fromISO(comment.createdAt).setZone(zone).toFormat('d LLL yyyy, HH:mm'),
                  comment.authorName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                slotProps={{ primary: { variant: 'body2', sx: { whiteSpace: 'pre-wrap' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
        <TextField
          label={t.newNote}
          size="small"
          multiline
          maxRows={4}
          fullWidth
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={tooLong || Boolean(problem)}
          helperText={
            tooLong
              ? t.tooLong({ max: CLIENT_COMMENT_MAX_LENGTH.toLocaleString(locale) })
              : (problem ?? readOnly ?? ' ')
          }
        />
        <Button
          onClick={() => void submit()}
          disabled={!text.trim() || tooLong || add.isPending || readOnly !== null}
        >
          {t.add}
        </Button>
      </Stack>
    </section>
  );
}
