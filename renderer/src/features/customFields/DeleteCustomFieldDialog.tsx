import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { IsolatedText } from '../../components/IsolatedText';
import { isolate } from '../../components/isolate';
import type { CustomField } from '../../../../shared/domain/customField';
import { problemText } from '../../api';
import { useRemoveCustomField } from './api';
import { i18n, params, useMessages } from '../../i18n';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('customFields/DeleteCustomFieldDialog', {
  title: params('Delete the field “{title}”?'),
  recordLost: 'The values stored in it on every appointment are lost with it.',
  clientLost: 'The values stored in it on every client are lost with it.',
  noWayBack: params(
    'Do not count on getting them back, not even by making a field with the code {code} again.',
  ),
  failed: 'The field could not be deleted.',
  keep: 'Keep it',
  tryAgain: 'Try again',
  delete: 'Delete field',
});

const CODE_MARK = '\u0000';

/** Asks before a field goes, saying what goes with it. */
export function DeleteCustomFieldDialog(props: {
  locationId: number;
  field: CustomField;
  onClose: () => void;
  onDeleted: (field: CustomField) => void;
}) {
  const { field, onClose } = props;
  const remove = useRemoveCustomField(props.locationId, field.category);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  // The code is shown as code: the sentence is cut where it goes.
  const [before = '', after = ''] = t.noWayBack({ code: CODE_MARK }).split(CODE_MARK);
  return (
    <Dialog open onClose={() => !remove.isPending && onClose()} aria-labelledby="delete-field-title">
      <DialogTitle id="delete-field-title">
        <IsolatedText text={t.title({ title: isolate(field.title) })} />
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {field.category === 'client' ? t.clientLost : t.recordLost} {before}
          <code>{field.code}</code>
          {after}
        </DialogContentText>
        {remove.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {problemText(remove.error, t.failed)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          {t.keep}
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={remove.isPending || readOnly !== null}
          onClick={() => remove.mutate(field.id, { onSuccess: () => props.onDeleted(field) })}
        >
          {remove.error ? t.tryAgain : t.delete}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
