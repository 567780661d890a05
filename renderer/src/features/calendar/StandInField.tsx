import { useId, type Ref } from 'react';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';

interface StandInFieldProps {
  label?: string;
  ariaLabel?: string;
  value?: string;
  placeholder?: string;
  sx?: SxProps<Theme>;
  /** Focusable but read-only (it loads its field when focused), rather than disabled. */
  inputRef?: Ref<HTMLInputElement>;
  onFocus?: () => void;
}

/**
 * A small outlined field that looks like TextField's and stands in for a toolbar field whose part is still
 * loading. Built from OutlinedInput rather than TextField, which would bring Select into the first paint.
 */
export function StandInField({
  label,
  ariaLabel,
  value,
  placeholder,
  sx,
  inputRef,
  onFocus,
}: StandInFieldProps) {
  const id = useId();
  return (
    <FormControl size="small" sx={sx} disabled={!onFocus}>
      {label && <InputLabel htmlFor={id}>{label}</InputLabel>}
      <OutlinedInput
        id={id}
        label={label}
        value={value ?? ''}
        placeholder={placeholder}
        readOnly
        inputRef={inputRef}
        onFocus={onFocus}
        inputProps={{ 'aria-label': ariaLabel }}
      />
    </FormControl>
  );
}
