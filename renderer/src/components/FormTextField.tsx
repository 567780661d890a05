import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

type FormTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'helperText'
> & {
  control: Control<T>;
  name: Path<T>;
  /** Shown under the input until there is a problem to show instead. */
  helperText?: ReactNode;
  /** Called after the form has the new value (to derive another input from it). */
  onValueChange?: (value: string) => void;
};

/** A TextField bound to a react-hook-form field, showing the field's problem in place of its hint. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  helperText,
  onValueChange,
  ...props
}: FormTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          value={field.value}
          inputRef={field.ref}
          onBlur={field.onBlur}
          onChange={(event) => {
            field.onChange(event);
            onValueChange?.(event.target.value);
          }}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
