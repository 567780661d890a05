import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { AppointmentStatus } from '../../../../shared/domain/appointment';
import type { Visit } from '../../../../shared/domain/visit';
import { wordIssue } from '../../errors';
import { i18n, useMessages } from '../../i18n';
import { settingsProblem } from '../../settingsProblem';
import { statusNames } from '../appointments';
import { useUpdateVisit, type VisitKey } from './api';
import { ReadOnlyNote, useReadOnly } from '../offline';
import { formFieldOfVisit, visitFormDefaults, visitFormSchema, type VisitFormValues } from './model';

const messages = i18n('visits/VisitForm', {
  right: 'change visits',
  gone: 'This visit is no longer in Altegio: its appointments may have been deleted at another desk.',
  notSaved: 'The visit could not be saved.',
  marked: 'The marked inputs say why.',
  form: 'Edit the visit',
  attendance: 'Attendance',
  comment: 'Visit comment',
  saved: 'Saved in Altegio.',
  saving: 'Saving…',
  save: 'Save visit',
});

interface VisitFormProps {
  visitKey: VisitKey;
  visit: Visit;
  /** Tells the dialog whether anything typed is unsaved (closing then asks first). */
  onDirty: (dirty: boolean) => void;
}

/** Attendance and the visit comment, saved together as Altegio requires. */
export function VisitForm({ visitKey, visit, onDirty }: VisitFormProps) {
  const form = useForm<VisitFormValues>({
    resolver: zodResolver(visitFormSchema),
    defaultValues: visitFormDefaults(visit),
    mode: 'onChange',
  });
  const { control, handleSubmit, setError, reset, formState } = form;
  const { isDirty } = formState;
  const update = useUpdateVisit(visitKey);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => onDirty(isDirty), [isDirty, onDirty]);

  const submit = handleSubmit(async (values) => {
    if (readOnly) return;
    setProblem(null);
    setSaved(false);
    try {
      const reply = await update.mutateAsync(values);
      reset(visitFormDefaults(reply));
      setSaved(true);
    } catch (error) {
      const found = settingsProblem(error, {
        right: t.right,
        gone: t.gone,
        fallback: t.notSaved,
      });
      const unplaced: string[] = [];
      if (found.kind === 'refused') {
        for (const [path, text] of Object.entries(found.fields)) {
          const field = formFieldOfVisit(path);
          if (field) setError(field, { type: 'server', message: text }, { shouldFocus: true });
          else unplaced.push(text);
        }
      }
      const repeatsField = found.kind === 'refused' && Object.values(found.fields).includes(found.message);
      const general = repeatsField ? null : found.message;
      setProblem([general, ...unplaced].filter(Boolean).join(' ') || t.marked);
    }
  });

  return (
    <Stack component="form" aria-label={t.form} spacing={2} onSubmit={submit} noValidate>
      <Controller
        control={control}
        name="status"
        render={({ field, fieldState }) => (
          <FormControl error={Boolean(fieldState.error)}>
            <FormLabel id="visit-attendance">{t.attendance}</FormLabel>
            <ToggleButtonGroup
              exclusive
              size="small"
              aria-labelledby="visit-attendance"
              value={field.value}
              onChange={(_event, value: AppointmentStatus | null) => value && field.onChange(value)}
              sx={{ flexWrap: 'wrap', mt: 0.5 }}
            >
              {AppointmentStatus.options.map((status) => (
                <ToggleButton key={status} value={status}>
                  {statusNames[status]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {fieldState.error && <FormHelperText>{wordIssue(fieldState.error.message ?? '')}</FormHelperText>}
          </FormControl>
        )}
      />
      <Controller
        control={control}
        name="comment"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t.comment}
            multiline
            minRows={2}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error && wordIssue(fieldState.error.message ?? '')}
          />
        )}
      />
      {problem && (
        <Alert severity="error" onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      {saved && !isDirty && (
        <Alert severity="success" onClose={() => setSaved(false)}>
          {t.saved}
        </Alert>
      )}
      <Stack direction="row" sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
        <ReadOnlyNote reason={readOnly} />
        <Button
          type="submit"
          variant="contained"
          disabled={!isDirty || update.isPending || readOnly !== null}
        >
          {update.isPending ? t.saving : t.save}
        </Button>
      </Stack>
    </Stack>
  );
}
