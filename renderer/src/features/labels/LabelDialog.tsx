import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isolate } from '../../components/isolate';
import type { LabelTarget } from '../../../../shared/contract/labels';
import type { Label } from '../../../../shared/domain/label';
import { wordIssue } from '../../errors';
import { useSaveLabel } from './api';
import { LabelChip } from './LabelChip';
import { LabelColourField } from './LabelColourField';
import { LabelIconField } from './LabelIconField';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { labelProblem, type LabelProblem } from './labelProblem';
import {
  formFieldOfLabel,
  labelFormDefaults,
  labelFormSchema,
  toLabelInput,
  type LabelFormValues,
} from './labelForm';
import { parseColour } from './model';
import { targetWords } from './targetWords';
import { i18n, params, useMessages } from '../../i18n';
import { useReadOnly } from '../offline';

const messages = i18n('labels/LabelDialog', {
  preview: 'Preview',
  previewCaption: 'Preview, as on the calendar',
  sample: 'Label',
  editTitle: params('Edit the label “{title}”'),
  inputsSay: 'The marked inputs say why.',
  failed: 'The label could not be saved.',
  subject: 'This label',
  saveChanges: 'Save changes',
  create: 'Create label',
  title: 'Title',
  usedFor: 'Used for',
});

interface LabelDialogProps {
  locationId: number;
  /** The tab the dialog was opened from: a new label is for its kind unless made common. */
  target: LabelTarget;
  /** The label to edit, or null to make a new one. */
  label: Label | null;
  /** The labels the tab lists now: a Retry after a lost answer tells what it made from what was there. */
  known: readonly Label[];
  onClose: () => void;
  onSaved: (label: Label) => void;
}

function Preview({ control }: { control: Control<LabelFormValues> }) {
  const [title, colourText] = useWatch({ control, name: ['title', 'colourText'] });
  const t = useMessages(messages);
  return (
    <Box aria-label={t.preview} role="group">
      <Typography variant="caption" color="text.secondary" component="div">
        {t.previewCaption}
      </Typography>
      <Box sx={{ py: 0.5 }} data-testid="label-preview">
        <LabelChip label={{ title: title.trim() || t.sample, colour: parseColour(colourText) }} />
      </Box>
    </Box>
  );
}

/** Makes or changes a label: title, colour, icon and whether it is common to appointments and clients. */
export function LabelDialog({ locationId, target, label, known, onClose, onSaved }: LabelDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const words = targetWords[target];
  const title = label ? t.editTitle({ title: isolate(label.title) }) : words.newLabel;
  const form = useForm<LabelFormValues>({
    resolver: zodResolver(labelFormSchema),
    defaultValues: labelFormDefaults(label),
    mode: 'onChange',
  });
  const { control, register, handleSubmit, setError, formState } = form;
  // Read while rendering: react-hook-form tracks only the form state a render has asked for.
  const { isDirty } = formState;
  const save = useSaveLabel(locationId);
  const [problem, setProblem] = useState<LabelProblem | null>(null);
  const [knownIds] = useState(() => new Set(known.map((item) => item.id)));
  const [mayHaveCreated, setMayHaveCreated] = useState(false);

  const showRefusal = (found: Extract<LabelProblem, { kind: 'refused' }>): string => {
    const unplaced: string[] = [];
    let focused = false;
    for (const [field, text] of Object.entries(found.fields)) {
      const input = formFieldOfLabel(field);
      if (!input) {
        unplaced.push(text);
        continue;
      }
      setError(input, { type: 'server', message: text }, { shouldFocus: !focused });
      focused = true;
    }
    const general = Object.values(found.fields).includes(found.message) ? null : found.message;
    return [general, ...unplaced].filter(Boolean).join(' ') || t.inputsSay;
  };

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync({
        id: label?.id ?? null,
        label: toLabelInput(values, target),
        knownBefore: mayHaveCreated ? knownIds : undefined,
      });
      onSaved(saved);
    } catch (error) {
      const found = labelProblem(error, t.failed);
      if (found.kind === 'network') {
        if (!label) setMayHaveCreated(true);
        setProblem(found);
      } else setProblem({ ...found, message: showRefusal(found) });
    }
  });

  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={title}
      subject={t.subject}
      submitLabel={label ? t.saveChanges : t.create}
      dirty={isDirty}
      saving={save.isPending}
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2.5}>
        <TextField
          label={t.title}
          autoFocus
          required
          {...register('title')}
          error={Boolean(formState.errors.title)}
          helperText={formState.errors.title && wordIssue(formState.errors.title.message ?? '')}
        />
        <Controller
          control={control}
          name="colourText"
          render={({ field, fieldState }) => (
            <LabelColourField
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error && wordIssue(fieldState.error.message ?? '')}
            />
          )}
        />
        <Controller
          control={control}
          name="icon"
          render={({ field, fieldState }) => (
            <LabelIconField
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error && wordIssue(fieldState.error.message ?? '')}
            />
          )}
        />
        <Controller
          control={control}
          name="common"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)}>
              <FormLabel id="label-kind">{t.usedFor}</FormLabel>
              <RadioGroup
                aria-labelledby="label-kind"
                value={field.value ? 'common' : 'own'}
                onChange={(event) => field.onChange(event.target.value === 'common')}
              >
                <FormControlLabel value="own" control={<Radio />} label={words.onlyOwn} />
                <FormControlLabel value="common" control={<Radio />} label={words.common} />
              </RadioGroup>
              {fieldState.error && (
                <Typography variant="caption" color="error">
                  {wordIssue(fieldState.error.message ?? '')}
                </Typography>
              )}
            </FormControl>
          )}
        />
        <Preview control={control} />
      </Stack>
    </SettingsFormDialog>
  );
}
