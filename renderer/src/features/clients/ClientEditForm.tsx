import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Client } from '../../../../shared/domain/client';
import type { CustomField } from '../../../../shared/domain/customField';
import { BridgeError, problemText } from '../../api';
import { useUpdateClient } from './api';
import {
  checkClientForm,
  clientForm,
  editableFields,
  type ClientFormErrors,
  type ClientFormValues,
  type FieldInput,
} from './model';

interface ClientEditFormProps {
  locationId: number;
  client: Client;
  fields: readonly CustomField[];
  onDone: () => void;
  onSaved: (client: Client) => void;
  /** Told whether anything typed differs from the client, so a stray close can ask first. */
  onDirtyChange: (dirty: boolean) => void;
}

/** Problems Altegio or main reported, by the form's input names ("changes.phone" → "phone"). */
function refusalsOf(error: BridgeError): { errors: ClientFormErrors; rest: string[] } {
  const errors: ClientFormErrors = {};
  const rest: string[] = [];
  for (const [field, text] of Object.entries(error.fields)) {
    const input = field.replace(/^changes\./, '').replace(/^custom_fields\./, 'customFields.');
    if (['name', 'phone', 'email'].includes(input) || input.startsWith('customFields.')) errors[input] = text;
    else rest.push(text);
  }
  return { errors, rest };
}

function FieldInputBox(props: {
  field: CustomField;
  value: FieldInput;
  error?: string;
  onChange: (value: FieldInput) => void;
}) {
  const { field, value, error } = props;
  const common = {
    label: field.title,
    fullWidth: true,
    size: 'small' as const,
    error: Boolean(error),
    helperText: error ?? ' ',
  };
  if (field.type === 'select' || field.type === 'list') {
    const multiple = field.type === 'list';
    return (
      <TextField
        {...common}
        select
        value={value}
        onChange={(event) => props.onChange(event.target.value as FieldInput)}
        slotProps={{ select: { multiple } }}
      >
        {!multiple && (
          <MenuItem value="">
            <em>None</em>
          </MenuItem>
        )}
        {field.values.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const type = { text: 'text', number: 'text', date: 'date', datetime: 'datetime-local' }[field.type];
  return (
    <TextField
      {...common}
      type={type}
      value={value}
      onChange={(event) => props.onChange(event.target.value)}
      slotProps={{
        inputLabel: field.type === 'date' || field.type === 'datetime' ? { shrink: true } : undefined,
        htmlInput: field.type === 'number' ? { inputMode: 'decimal' } : undefined,
      }}
    />
  );
}

/** Name, phone, e-mail and the client's editable custom fields; a refused save keeps what was typed. */
export function ClientEditForm(props: ClientEditFormProps) {
  const { locationId, client, fields, onDone, onSaved, onDirtyChange } = props;
  const [initial] = useState(() => clientForm(client, fields));
  const [values, setValues] = useState<ClientFormValues>(initial);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateClient(locationId, client.id, onSaved);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);

  const set = (patch: Partial<ClientFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const setField = (code: string, value: FieldInput) =>
    setValues((current) => ({ ...current, customFields: { ...current.customFields, [code]: value } }));

  const submit = async () => {
    setProblem(null);
    const checked = checkClientForm(values, initial, fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync(checked.changes);
      onDone();
    } catch (error) {
      if (error instanceof BridgeError && Object.keys(error.fields).length) {
        const refused = refusalsOf(error);
        setErrors(refused.errors);
        setProblem(refused.rest.join(' ') || null);
      } else setProblem(problemText(error, 'The client could not be saved.'));
    }
  };

  const text = (name: 'name' | 'phone' | 'email', label: string, hint = ' ') => (
    <TextField
      label={label}
      size="small"
      fullWidth
      value={values[name]}
      onChange={(event) => set({ [name]: event.target.value })}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? hint}
    />
  );

  return (
    <Box
      component="form"
      aria-label="Edit client"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack spacing={1}>
        {text('name', 'Name')}
        {text('phone', 'Phone', 'Digits, with + and country code')}
        {text('email', 'E-mail')}
        {editableFields(fields).map((field) => (
          <FieldInputBox
            key={field.code}
            field={field}
            value={values.customFields[field.code] ?? ''}
            error={errors[`customFields.${field.code}`]}
            onChange={(value) => setField(field.code, value)}
          />
        ))}
      </Stack>
      {problem && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {problem}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" disabled={update.isPending}>
          Save
        </Button>
      </Stack>
    </Box>
  );
}
