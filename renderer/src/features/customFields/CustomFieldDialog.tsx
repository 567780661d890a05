import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import {
  isChoiceType,
  type CustomField,
  type CustomFieldCategory,
} from '../../../../shared/domain/customField';
import { BridgeError, problemText } from '../../api';
import { useSaveCustomField } from './api';
import {
  categoryNames,
  checkForm,
  emptyForm,
  formFieldOf,
  formOf,
  NEW_FIELD_TYPES,
  suggestCode,
  typeNames,
  type CustomFieldFormValues,
} from './model';

interface CustomFieldDialogProps {
  locationId: number;
  category: CustomFieldCategory;
  /** The field being edited, or null for a new one. */
  editing: CustomField | null;
  /** The category's fields, for the uniqueness of codes. */
  fields: readonly CustomField[];
  onClose: () => void;
}

type Problem = { message: string; retry: boolean };

const AMBIGUOUS = new Set(['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED']);

function problemOf(error: unknown): Problem {
  if (error instanceof BridgeError && error.code === 'FORBIDDEN')
    return {
      message: `This Altegio user may not manage custom fields (Altegio: “${error.shape.detail?.message ?? 'Access denied.'}”). An owner can give the right in Altegio’s user settings.`,
      retry: false,
    };
  const message = problemText(error, 'The field could not be saved.');
  return { message, retry: !(error instanceof BridgeError) || AMBIGUOUS.has(error.code) };
}

/** Create or edit one custom field; a failed save keeps everything typed, with the reason at its input. */
export function CustomFieldDialog({
  locationId,
  category,
  editing,
  fields,
  onClose,
}: CustomFieldDialogProps) {
  const others = fields.filter((field) => field.id !== editing?.id);
  const form = useForm<CustomFieldFormValues>({
    defaultValues: editing ? formOf(editing) : emptyForm(),
    mode: 'onTouched',
    resolver: (values) => {
      const checked = checkForm(values, others, editing !== null);
      if (checked.ok) return { values, errors: {} };
      return {
        values: {},
        errors: Object.fromEntries(
          Object.entries(checked.errors).map(([name, message]) => [name, { type: 'check', message }]),
        ),
      };
    },
  });
  const { control, handleSubmit, setError, setValue, getValues } = form;
  const [codeEdited, setCodeEdited] = useState(editing !== null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mayHaveSaved, setMayHaveSaved] = useState(false);
  const save = useSaveCustomField(locationId, category);
  const type = useWatch({ control, name: 'type' });
  const names = categoryNames[category];

  const submit = handleSubmit(async (values) => {
    const checked = checkForm(values, others, editing !== null);
    if (!checked.ok) return;
    setProblem(null);
    try {
      await save.mutateAsync({
        save: editing
          ? { kind: 'update', id: editing.id, changes: checked.update }
          : { kind: 'create', field: checked.create },
        retry: mayHaveSaved,
      });
      onClose();
    } catch (error) {
      const unplaced: string[] = [];
      if (error instanceof BridgeError && error.code === 'VALIDATION') {
        for (const [path, text] of Object.entries(error.fields)) {
          const name = formFieldOf(path);
          if (name) setError(name, { type: 'server', message: text }, { shouldFocus: true });
          else unplaced.push(text);
        }
        // Every refusal sits at its input: nothing more to say.
        if (unplaced.length === 0 && Object.keys(error.fields).length > 0) return;
      }
      const found = problemOf(error);
      if (found.retry && !editing) setMayHaveSaved(true);
      setProblem({ ...found, message: [found.message, ...unplaced].join(' ') });
    }
  });

  const title = editing ? `Edit the ${names.one} field “${editing.title}”` : `New ${names.one} field`;
  return (
    <Dialog
      open
      onClose={() => !save.isPending && onClose()}
      fullWidth
      maxWidth="sm"
      aria-labelledby="custom-field-dialog-title"
    >
      <Box component="form" noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
        <DialogTitle id="custom-field-dialog-title">{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Controller
              control={control}
              name="title"
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={field.ref}
                  label="Title"
                  autoFocus
                  required
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message ?? `What the desk sees on the ${names.one}.`}
                  onChange={(event) => {
                    field.onChange(event);
                    if (!codeEdited)
                      setValue('code', suggestCode(event.target.value), {
                        shouldValidate: Boolean(getValues('code')),
                      });
                  }}
                />
              )}
            />
            <Controller
              control={control}
              name="code"
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={field.ref}
                  label="Code"
                  required
                  disabled={editing !== null}
                  error={Boolean(fieldState.error)}
                  helperText={
                    fieldState.error?.message ??
                    (editing
                      ? 'Fixed once created: Altegio stores the values under it.'
                      : 'Suggested from the title. Latin letters, digits and underscores; unique.')
                  }
                  onChange={(event) => {
                    setCodeEdited(true);
                    field.onChange(event);
                  }}
                />
              )}
            />
            <Controller
              control={control}
              name="type"
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={field.ref}
                  select
                  label="Type"
                  disabled={editing !== null}
                  error={Boolean(fieldState.error)}
                  helperText={
                    fieldState.error?.message ??
                    (editing ? 'Fixed once created: stored values depend on it.' : undefined)
                  }
                >
                  {(editing ? [editing.type] : NEW_FIELD_TYPES).map((option) => (
                    <MenuItem key={option} value={option}>
                      {typeNames[option]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {isChoiceType(type) && (
              <Controller
                control={control}
                name="choices"
                render={({ field, fieldState }) => (
                  <TextField
                    {...field}
                    inputRef={field.ref}
                    label="Values"
                    required
                    multiline
                    minRows={3}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message ?? 'One value per line, each once.'}
                  />
                )}
              />
            )}
            <Controller
              control={control}
              name="showInUi"
              render={({ field }) => (
                <FormControlLabel
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(event) => field.onChange(event.target.checked)}
                    />
                  }
                  label={`Shown in the app (on the ${names.one} form and details)`}
                />
              )}
            />
            <Controller
              control={control}
              name="userCanEdit"
              render={({ field }) => (
                <FormControlLabel
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(event) => field.onChange(event.target.checked)}
                    />
                  }
                  label="Staff can edit the value"
                />
              )}
            />
          </Stack>
        </DialogContent>
        {save.isPending && <LinearProgress aria-label="Saving" />}
        {problem && (
          <Alert
            role="alert"
            severity="error"
            sx={{ mx: 2, mt: 1 }}
            onClose={() => setProblem(null)}
            action={
              problem.retry && (
                <Button color="inherit" size="small" onClick={() => void submit()}>
                  Retry
                </Button>
              )
            }
          >
            {problem.message}
          </Alert>
        )}
        <DialogActions>
          <Button onClick={onClose} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {editing ? 'Save' : 'Create field'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
