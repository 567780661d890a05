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
import { useAddClientComment, useClientComments } from './api';

interface ClientCommentsProps {
  locationId: number;
  clientId: number;
  zone: string;
}

/** The notes staff keep on the client card, newest first, and a box to add one. */
export function ClientComments({ locationId, clientId, zone }: ClientCommentsProps) {
  const comments = useClientComments(locationId, clientId);
  const add = useAddClientComment(locationId, clientId);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = text.trim().length > CLIENT_COMMENT_MAX_LENGTH;

  const submit = async () => {
    if (!text.trim() || tooLong) return;
    setProblem(null);
    try {
      await add.mutateAsync(text.trim());
      setText('');
    } catch (error) {
      const lost = error instanceof BridgeError && ['NETWORK', 'TIMEOUT', 'SERVER'].includes(error.code);
      setProblem(
        lost
          ? `${problemText(error, '')} The note may have been saved: check the list before adding it again.`
          : (error instanceof BridgeError && error.fields.text) ||
              problemText(error, 'The note could not be added.'),
      );
    }
  };

  return (
    <section aria-label="Notes">
      <Typography variant="subtitle2" component="h3">
        Notes
      </Typography>
      {comments.isPending && <Typography variant="body2">Loading the notes…</Typography>}
      {comments.error && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => void comments.refetch()}>
              Retry
            </Button>
          }
        >
          {problemText(comments.error, 'The notes could not be loaded.')}
        </Alert>
      )}
      {comments.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No notes yet.
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
          label="New note"
          size="small"
          multiline
          maxRows={4}
          fullWidth
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={tooLong || Boolean(problem)}
          helperText={
            tooLong
              ? `At most ${CLIENT_COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters.`
              : (problem ?? ' ')
          }
        />
        <Button onClick={() => void submit()} disabled={!text.trim() || tooLong || add.isPending}>
          Add note
        </Button>
      </Stack>
    </section>
  );
}
