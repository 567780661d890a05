import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { UserText } from '../../components/UserText';
import type { CustomField } from '../../../../shared/domain/customField';
import { problemText } from '../../api';
import { useRemoveCustomField } from './api';
import { categoryNames } from './model';

/** Asks before a field goes, saying what goes with it. */
export function DeleteCustomFieldDialog(props: {
  locationId: number;
  field: CustomField;
  onClose: () => void;
  onDeleted: (field: CustomField) => void;
}) {
  const { field, onClose } = props;
  const remove = useRemoveCustomField(props.locationId, field.category);
  const names = categoryNames[field.category];
  return (
    <Dialog open onClose={() => !remove.isPending && onClose()} aria-labelledby="delete-field-title">
      <DialogTitle id="delete-field-title">
        Delete the field “<UserText>{field.title}</UserText>”?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          The values stored in it on every {names.one} are lost with it. Do not count on getting them back,
          not even by making a field with the code <code>{field.code}</code> again.
        </DialogContentText>
        {remove.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {problemText(remove.error, 'The field could not be deleted.')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          Keep it
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={remove.isPending}
          onClick={() => remove.mutate(field.id, { onSuccess: () => props.onDeleted(field) })}
        >
          {remove.error ? 'Try again' : 'Delete field'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
