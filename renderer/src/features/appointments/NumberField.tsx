import { Controller, useFormContext, type FieldPath } from 'react-hook-form';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { AppointmentFormValues } from './formModel';

type NumberFieldProps = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'type'> & {
  name: FieldPath<AppointmentFormValues>;
  /** Runs after the value changed, with the new number (NaN while the input is empty or unreadable). */
  onValue?: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** Names the input when no visible label does (table cells). */
  ariaLabel?: string;
};

/** A number input bound to the form: empty reads as NaN so the schema can say what is missing. */
export function NumberField({ name, onValue, min, max, step, ariaLabel, ...props }: NumberFieldProps) {
  const { control } = useFormContext<AppointmentFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          type="number"
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : ''}
          onChange={(event) => {
            const value = event.target.value === '' ? Number.NaN : Number(event.target.value);
            field.onChange(value);
            onValue?.(value);
          }}
          onBlur={field.onBlur}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? props.helperText}
          slotProps={{ htmlInput: { min, max, step, 'aria-label': ariaLabel } }}
        />
      )}
    />
  );
}
