import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Comment } from '../../../../shared/domain/comment';
import { COMMENT_LIMITS } from '../../../../shared/domain/comment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { BridgeError } from '../../api';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { wordIssue } from '../../errors';
import { i18n, useMessages } from '../../i18n';
import { settingsProblem, type SettingsProblem } from '../../settingsProblem';
import { useLeaveComment } from './api';
import {
  ABOUT_LOCATION,
  commentFormDefaults,
  commentFormSchema,
  formFieldOfComment,
  toCommentInput,
  type CommentFormValues,
} from './model';
import { starsLabel } from './stars';
import { useReadOnly } from '../offline';

const messages = i18n('comments/LeaveCommentDialog', {
  right: 'leave reviews',
  gone: 'This team member is no longer in Altegio.',
  notSaved: 'The review could not be saved.',
  marked: 'The marked inputs say why.',
  title: 'Leave a review',
  subject: 'This review',
  submit: 'Leave review',
  about: 'About',
  location: 'The location',
  rating: 'Rating',
  review: 'Review',
  author: 'Name of the reviewer',
});

interface LeaveCommentDialogProps {
  locationId: number;
  team: readonly TeamMember[];
  /** Who the review is about at first: a member, or null for the location. */
  teamMemberId: number | null;
  onClose: () => void;
  onSaved: (comment: Comment) => void;
}

/** What went wrong, and whether Retry may help: never after a save that may have happened. */
function leaveProblem(error: unknown): SettingsProblem {
  if (error instanceof BridgeError && error.params?.['saveUnknown'])
    return { kind: 'refused', message: error.message, fields: {} };
  const t = messages.get();
  return settingsProblem(error, { right: t.right, gone: t.gone, fallback: t.notSaved });
}

/** Leaves a review about a team member or the location: who, how many stars, what was said, by whom. */
export function LeaveCommentDialog({
  locationId,
  team,
  teamMemberId,
  onClose,
  onSaved,
}: LeaveCommentDialogProps) {
  const form = useForm<CommentFormValues>({
    resolver: zodResolver(commentFormSchema),
    defaultValues: commentFormDefaults(teamMemberId),
    mode: 'onTouched',
  });
  const { control, handleSubmit, setError, formState } = form;
  const { isDirty } = formState;
  const leave = useLeaveComment(locationId);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [problem, setProblem] = useState<SettingsProblem | null>(null);

  const placeRefusal = (found: Extract<SettingsProblem, { kind: 'refused' }>): string => {
    const unplaced: string[] = [];
    let focused = false;
    for (const [field, text] of Object.entries(found.fields)) {
      const input = formFieldOfComment(field);
      if (!input) {
        unplaced.push(text);
        continue;
      }
      setError(input, { type: 'server', message: text }, { shouldFocus: !focused });
      focused = true;
    }
    const general = Object.values(found.fields).includes(found.message) ? null : found.message;
    return [general, ...unplaced].filter(Boolean).join(' ') || t.marked;
  };

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      onSaved(await leave.mutateAsync(toCommentInput(values)));
    } catch (error) {
      const found = leaveProblem(error);
      setProblem(found.kind === 'refused' ? { ...found, message: placeRefusal(found) } : found);
    }
  });

  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={t.title}
      subject={t.subject}
      submitLabel={t.submit}
      dirty={isDirty}
      saving={leave.isPending}
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2.5}>
        <Controller
          control={control}
          name="subject"
          render={({ field }) => (
            <TextField select label={t.about} {...field}>
              <MenuItem value={ABOUT_LOCATION}>{t.location}</MenuItem>
              {team.map((member) => (
                <MenuItem key={member.id} value={String(member.id)}>
                  {member.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="rating"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} component="fieldset">
              <FormLabel component="legend" required>
                {t.rating}
              </FormLabel>
              <Rating
                name="rating"
                ref={field.ref}
                value={field.value}
                getLabelText={starsLabel}
                onChange={(_, value) => {
                  field.onChange(value !== null && Number.isFinite(value) ? value : null);
                  field.onBlur();
                }}
              />
              {fieldState.error && (
                <FormHelperText>{wordIssue(fieldState.error.message ?? '')}</FormHelperText>
              )}
            </FormControl>
          )}
        />
        <Controller
          control={control}
          name="text"
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              inputRef={field.ref}
              label={t.review}
              required
              multiline
              minRows={3}
              slotProps={{ htmlInput: { maxLength: COMMENT_LIMITS.text } }}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error && wordIssue(fieldState.error.message ?? '')}
            />
          )}
        />
        <Controller
          control={control}
          name="authorName"
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              inputRef={field.ref}
              label={t.author}
              required
              slotProps={{ htmlInput: { maxLength: COMMENT_LIMITS.authorName } }}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error && wordIssue(fieldState.error.message ?? '')}
            />
          )}
        />
      </Stack>
    </SettingsFormDialog>
  );
}
