import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import {
  isChoiceType,
  type CustomField,
  type CustomFieldCategory,
} from '../../../../shared/domain/customField';
import { isolate } from '../../components/isolate';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { FormTextField } from '../../components/FormTextField';
import { settingsProblem, type SettingsProblem } from '../../settingsProblem';
import { i18n, params, useMessages } from '../../i18n';
import { useSaveCustomField } from './api';
import {
  checkForm,
  emptyForm,
  formFieldOf,
  formOf,
  NEW_FIELD_TYPES,
  suggestCode,
  typeNames,
  type CustomFieldFormValues,
} from './model';
import { useReadOnly } from '../offline';

const messages = i18n('customFields/CustomFieldDialog', {
  right: 'manage custom fields',
  gone: 'This field is no longer in Altegio: it may have been deleted at another desk.',
  failed: 'The field could not be saved.',
  recordEdit: params('Edit the appointment field “{title}”'),
  clientEdit: params('Edit the client field “{title}”'),
  recordNew: 'New appointment field',
  clientNew: 'New client field',
  subject: 'This field',
  save: 'Save',
  create: 'Create field',
  title: 'Title',
  recordTitleHelp: 'What the desk sees on the appointment.',
  clientTitleHelp: 'What the desk sees on the client.',
  code: 'Code',
  codeFixed: 'Fixed once created: Altegio stores the values under it.',
  codeHelp: 'Suggested from the title. Latin letters, digits and underscores; unique.',
  type: 'Type',
  typeFixed: 'Fixed once created: stored values depend on it.',
  values: 'Values',
  valuesHelp: 'One value per line, each once.',
  recordShown: 'Shown in the app (on the appointment form and details)',
  clientShown: 'Shown in the app (on the client form and details)',
  staffCanEdit: 'Staff can edit the value',
});

interface CustomFieldDialogProps {
  locationId: number;
  category: CustomFieldCategory;
  /** The field being edited, or null for a new one. */
  editing: CustomField | null;
  /** The category's fields, for the uniqueness of codes. */
  fields: readonly CustomField[];
  onClose: () => void;
}

function FlagSwitch(props: {
  control: Control<CustomFieldFormValues>;
  name: 'showInUi' | 'userCanEdit';
  label: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <FormControlLabel
          control={
            <Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
          }
          label={props.label}
        />
      )}
    />
  );
}

/** Create or edit one custom field; a failed save keeps everything typed, with the reason at its input. */
export function CustomFieldDialog({
  locationId,
  category,
  editing,
  fields,
  onClose,
}: CustomFieldDialogProps) {
  const [codeEdited, setCodeEdited] = useState(editing !== null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  // After a create whose answer was lost, the field may exist already: its own code is no clash then.
  const [mayHaveSaved, setMayHaveSaved] = useState(false);
  const others = (code: string) =>
    fields.filter((field) => field.id !== editing?.id && !(mayHaveSaved && field.code === code));
  const form = useForm<CustomFieldFormValues>({
    defaultValues: editing ? formOf(editing) : emptyForm(),
    mode: 'onTouched',
    resolver: (values) => {
      const checked = checkForm(values, others(values.code.trim()), editing !== null);
      if (checked.ok) return { values, errors: {} };
      return {
        values: {},
        errors: Object.fromEntries(
          Object.entries(checked.errors).map(([name, message]) => [name, { type: 'check', message }]),
        ),
      };
    },
  });
  const { control, handleSubmit, setError, setValue, getValues, formState } = form;
  // Read while rendering: react-hook-form tracks only the form state a render has asked for.
  const { isDirty } = formState;
  const save = useSaveCustomField(locationId, category);
  const type = useWatch({ control, name: 'type' });
  const t = useMessages(messages);
  const readOnly = useReadOnly();

  const submit = handleSubmit(async (values) => {
    const checked = checkForm(values, others(values.code.trim()), editing !== null);
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
      const found = settingsProblem(error, {
        right: t.right,
        gone: t.gone,
        fallback: t.failed,
      });
      if (found.kind === 'network') {
        if (!editing) setMayHaveSaved(true);
        setProblem(found);
        return;
      }
      const unplaced: string[] = [];
      for (const [path, text] of Object.entries(found.fields)) {
        const name = formFieldOf(path);
        if (name) setError(name, { type: 'server', message: text }, { shouldFocus: true });
        else unplaced.push(text);
      }
      // Every refusal sits at its input: nothing more to say.
      if (unplaced.length === 0 && Object.keys(found.fields).length > 0) return;
      setProblem({ ...found, message: [found.message, ...unplaced].join(' ') });
    }
  });

  const title = editing ? t[`${category}Edit`]({ title: isolate(editing.title) }) : t[`${category}New`];
  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={title}
      subject={t.subject}
      submitLabel={editing ? t.save : t.create}
      dirty={isDirty}
      saving={save.isPending}
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <FormTextField
          control={control}
          name="title"
          label={t.title}
          autoFocus
          required
          helperText={t[`${category}TitleHelp`]}
          onValueChange={(text) => {
            if (!codeEdited)
              setValue('code', suggestCode(text), { shouldValidate: Boolean(getValues('code')) });
          }}
        />
        <FormTextField
          control={control}
          name="code"
          label={t.code}
          required
          disabled={editing !== null}
          helperText={editing ? t.codeFixed : t.codeHelp}
          onValueChange={() => setCodeEdited(true)}
        />
        <FormTextField
          control={control}
          name="type"
          select
          label={t.type}
          disabled={editing !== null}
          helperText={editing ? t.typeFixed : undefined}
        >
          {(editing ? [editing.type] : NEW_FIELD_TYPES).map((option) => (
            <MenuItem key={option} value={option}>
              {typeNames[option]}
            </MenuItem>
          ))}
        </FormTextField>
        {isChoiceType(type) && (
          <FormTextField
            control={control}
            name="choices"
            label={t.values}
            required
            multiline
            minRows={3}
            helperText={t.valuesHelp}
          />
        )}
        <FlagSwitch control={control} name="showInUi" label={t[`${category}Shown`]} />
        <FlagSwitch control={control} name="userCanEdit" label={t.staffCanEdit} />
      </Stack>
    </SettingsFormDialog>
  );
}
