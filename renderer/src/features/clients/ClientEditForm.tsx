import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Client } from '../../../../shared/domain/client';
import { clientVersionOf } from '../../../../shared/domain/clientVersion';
import type { CustomField } from '../../../../shared/domain/customField';
import { BridgeError, problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { CustomFieldInput, type CustomFieldFormValue } from '../customFields';
import { useUpdateClient } from './api';
import { ReadOnlyNote, useReadOnly } from '../offline';
import {
  checkClientForm,
  clientForm,
  editableFields,
  rebaseForm,
  type ClientFormErrors,
  type ClientFormValues,
} from './model';

const messages = i18n('clients/ClientEditForm', {
  conflict: params('{problem} Reload to see their changes (what you typed here stays), or overwrite.'),
  notSaved: 'The client could not be saved.',
  notReread: 'The client could not be read again. Please try again.',
  form: 'Edit client',
  name: 'Name',
  phone: 'Phone',
  phoneHint: 'Digits, with + and country code',
  email: 'E-mail',
  reload: 'Reload',
  overwrite: 'Overwrite',
  cancel: 'Cancel',
  save: 'Save',
});

interface ClientEditFormProps {
  locationId: number;
  client: Client;
  fields: readonly CustomField[];
  onDone: () => void;
  onSaved: (client: Client) => void;
  /** Reads the client again (after another desk changed it); null when that failed. */
  onReload: () => Promise<Client | null>;
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

/** Name, phone, e-mail and the client's editable custom fields; a refused save keeps what was typed. */
export function ClientEditForm(props: ClientEditFormProps) {
  const { locationId, client, fields, onDone, onSaved, onReload, onDirtyChange } = props;
  // What the form started from: the client as loaded, when Altegio last changed them then, and its version.
  const [base, setBase] = useState(() => ({
    initial: clientForm(client, fields),
    lastChangedAt: client.lastChangedAt,
    seen: clientVersionOf(client),
  }));
  const { initial } = base;
  const [values, setValues] = useState<ClientFormValues>(initial);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const update = useUpdateClient(locationId, client.id, onSaved);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);

  const set = (patch: Partial<ClientFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const setField = (code: string, value: CustomFieldFormValue) =>
    setValues((current) => ({ ...current, customFields: { ...current.customFields, [code]: value } }));

  const submit = async (overwrite = false) => {
    if (readOnly) return;
    setProblem(null);
    setConflict(false);
    const checked = checkClientForm(values, initial, fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync({
        changes: checked.changes,
        expectedLastChangedAt: base.lastChangedAt,
        seen: base.seen,
        overwrite,
      });
      onDone();
    } catch (error) {
      if (error instanceof BridgeError && error.code === 'CONFLICT') {
        setConflict(true);
        setProblem(t.conflict({ problem: problemText(error, '') }));
      } else if (error instanceof BridgeError && Object.keys(error.fields).length) {
        const refused = refusalsOf(error);
        setErrors(refused.errors);
        setProblem(refused.rest.join(' ') || null);
      } else setProblem(problemText(error, t.notSaved));
    }
  };

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) {
      setProblem(t.notReread);
      return;
    }
    const freshForm = clientForm(fresh, fields);
    setValues((typed) => rebaseForm(typed, initial, freshForm));
    setBase({ initial: freshForm, lastChangedAt: fresh.lastChangedAt, seen: clientVersionOf(fresh) });
    setConflict(false);
    setProblem(null);
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
      aria-label={t.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack spacing={1}>
        {text('name', t.name)}
        {text('phone', t.phone, t.phoneHint)}
        {text('email', t.email)}
        {editableFields(fields).map((field) => (
          <CustomFieldInput
            key={field.code}
            field={field}
            size="small"
            value={values.customFields[field.code]}
            error={errors[`customFields.${field.code}`]}
            onChange={(value) => setField(field.code, value)}
          />
        ))}
      </Stack>
      {problem && (
        <Alert
          severity={conflict ? 'warning' : 'error'}
          sx={{ mb: 1 }}
          action={
            conflict && (
              <Stack direction="row" spacing={0.5}>
                <Button color="inherit" size="small" onClick={() => void reload()}>
                  {t.reload}
                </Button>
                <Button
                  color="inherit"
                  size="small"
                  disabled={update.isPending || readOnly !== null}
                  onClick={() => void submit(true)}
                >
                  {t.overwrite}
                </Button>
              </Stack>
            )
          }
        >
          {problem}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onDone} disabled={update.isPending}>
          {t.cancel}
        </Button>
        <Button type="submit" variant="contained" disabled={update.isPending || readOnly !== null}>
          {t.save}
        </Button>
      </Stack>
    </Box>
  );
}
