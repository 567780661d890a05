import { Controller, useFormContext } from 'react-hook-form';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { CustomField } from '../../../../shared/domain/customField';
import { CustomFieldInput } from '../customFields';
import { i18n, useMessages } from '../../i18n';
import type { AppointmentFormValues } from './formModel';

const messages = i18n('appointments/CustomFieldsSection', {
  text: 'Text',
  number: 'A number',
  select: 'One of the values',
  list: 'One or more of the values',
  date: 'A date',
  datetime: 'A date and time',
  section: 'Custom fields',
});

function FieldInput({ field }: { field: CustomField }) {
  const { control } = useFormContext<AppointmentFormValues>();
  const t = useMessages(messages);
  return (
    <Controller
      control={control}
      name={`customFields.${field.code}`}
      render={({ field: input, fieldState }) => (
        <CustomFieldInput
          field={field}
          value={input.value}
          onChange={input.onChange}
          name={input.name}
          inputRef={input.ref}
          onBlur={input.onBlur}
          disabled={!field.userCanEdit}
          error={fieldState.error?.message}
          hint={t[field.type]}
        />
      )}
    />
  );
}

/**
 * An input per custom field of the location, fitting its type. Fields the manager hid from the app are
 * left out of sight, but their stored values stay in the form and are sent back unchanged on an edit.
 */
export function CustomFieldsSection({ fields: all }: { fields: readonly CustomField[] }) {
  const t = useMessages(messages);
  const fields = all.filter((field) => field.showInUi);
  if (fields.length === 0) return null;
  return (
    <Box component="section" aria-label={t.section}>
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
