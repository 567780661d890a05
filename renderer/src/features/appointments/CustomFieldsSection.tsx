import { Controller, useFormContext } from 'react-hook-form';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { CustomField } from '../../../../shared/domain/customField';
import type { AppointmentFormValues, CustomFieldFormValue } from './formModel';

const TYPE_HINTS: Record<CustomField['type'], string> = {
  text: 'Text',
  number: 'A number',
  select: 'One of the values',
  list: 'One or more of the values',
  date: 'A date',
  datetime: 'A date and time',
};

function FieldInput({ field }: { field: CustomField }) {
  const { control } = useFormContext<AppointmentFormValues>();
  return (
    <Controller
      control={control}
      name={`customFields.${field.code}`}
      render={({ field: input, fieldState }) => {
        const value: CustomFieldFormValue = input.value ?? (field.type === 'list' ? [] : '');
        const common = {
          label: field.title,
          name: input.name,
          inputRef: input.ref,
          onBlur: input.onBlur,
          disabled: !field.userCanEdit,
          error: Boolean(fieldState.error),
          helperText: fieldState.error?.message ?? TYPE_HINTS[field.type],
          fullWidth: true,
        };
        if (field.type === 'select' || field.type === 'list') {
          const multiple = field.type === 'list';
          return (
            <TextField
              {...common}
              select
              value={value}
              onChange={(event) => input.onChange(event.target.value as CustomFieldFormValue)}
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
        const inputType = { text: 'text', number: 'text', date: 'date', datetime: 'datetime-local' }[
          field.type
        ];
        return (
          <TextField
            {...common}
            type={inputType}
            value={value}
            onChange={(event) => input.onChange(event.target.value)}
            slotProps={{
              inputLabel: field.type === 'date' || field.type === 'datetime' ? { shrink: true } : undefined,
              htmlInput: field.type === 'number' ? { inputMode: 'decimal' } : undefined,
            }}
          />
        );
      }}
    />
  );
}

/**
 * An input per custom field of the location, fitting its type. Fields the manager hid from the app are
 * left out of sight, but their stored values stay in the form and are sent back unchanged on an edit.
 */
export function CustomFieldsSection({ fields: all }: { fields: readonly CustomField[] }) {
  const fields = all.filter((field) => field.showInUi);
  if (fields.length === 0) return null;
  return (
    <Box component="section" aria-label="Custom fields">
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
        {fields.map((field) => (
          <Box key={field.code} sx={{ flex: '1 1 240px' }}>
            <FieldInput field={field} />
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
