import type { Ref } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CustomField } from '../../../../shared/domain/customField';
import { i18n, useMessages } from '../../i18n';
import type { CustomFieldFormValue } from './fieldValues';

const messages = i18n('customFields/CustomFieldInput', { none: 'None' });

interface CustomFieldInputProps {
  field: CustomField;
  value: CustomFieldFormValue | undefined;
  onChange: (value: CustomFieldFormValue) => void;
  error?: string;
  /** Shown when there is no error. */
  hint?: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}

/** One input fitting a custom field's type: text, number, a choice or choices, a date or a date and time. */
export function CustomFieldInput({
  field,
  value,
  onChange,
  error,
  hint = ' ',
  ...rest
}: CustomFieldInputProps) {
  const t = useMessages(messages);
  const common = {
    label: field.title,
    name: rest.name,
    inputRef: rest.inputRef,
    onBlur: rest.onBlur,
    disabled: rest.disabled,
    size: rest.size,
    fullWidth: true,
    error: Boolean(error),
    helperText: error ?? hint,
  };
  if (field.type === 'select' || field.type === 'list') {
    const multiple = field.type === 'list';
    return (
      <TextField
        {...common}
        select
        value={value ?? (multiple ? [] : '')}
        onChange={(event) => onChange(event.target.value as CustomFieldFormValue)}
        slotProps={{ select: { multiple } }}
      >
        {!multiple && (
          <MenuItem value="">
            <em>{t.none}</em>
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
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{
        inputLabel: field.type === 'date' || field.type === 'datetime' ? { shrink: true } : undefined,
        htmlInput: field.type === 'number' ? { inputMode: 'decimal' } : undefined,
      }}
    />
  );
}
