import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AppointmentClientInput } from '../../../../shared/domain/appointment';
import { normalisePhone, type ClientSearchHit } from '../../../../shared/domain/client';
import { useDebounced } from '../../useDebounced';
import { useClientSearch, visitsText } from '../clients';

export type PickedClient =
  { kind: 'existing'; hit: ClientSearchHit } | { kind: 'new'; name: string; phone: string } | null;

/** What main is sent for the picked client (a new one is found by phone or made). */
export function clientInputOf(picked: PickedClient): AppointmentClientInput | null {
  if (!picked) return null;
  if (picked.kind === 'existing')
    return { id: picked.hit.id, name: picked.hit.name || 'Client', phone: picked.hit.phone };
  return { name: picked.name.trim(), phone: normalisePhone(picked.phone) };
}

interface ClientPickerProps {
  locationId: number;
  value: PickedClient;
  onChange: (next: PickedClient) => void;
  errors: { client?: string; name?: string; phone?: string };
  disabled?: boolean;
}

/** Find the client by name or phone, or type in a new one. */
export function ClientPicker({ locationId, value, onChange, errors, disabled }: ClientPickerProps) {
  const [text, setText] = useState('');
  const query = useDebounced(text.trim());
  const search = useClientSearch(locationId, value?.kind === 'new' ? '' : query);

  if (value?.kind === 'new') {
    return (
      <Box component="section" aria-label="Client">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField
            label="Client name"
            autoFocus
            required
            value={value.name}
            disabled={disabled}
            onChange={(event) => onChange({ ...value, name: event.target.value })}
            error={Boolean(errors.name)}
            helperText={errors.name}
            fullWidth
          />
          <TextField
            label="Phone"
            required
            value={value.phone}
            disabled={disabled}
            onChange={(event) => onChange({ ...value, phone: event.target.value })}
            onBlur={() => value.phone.trim() && onChange({ ...value, phone: normalisePhone(value.phone) })}
            error={Boolean(errors.phone)}
            helperText={errors.phone ?? 'Digits, with + and country code'}
            fullWidth
          />
        </Stack>
        <Button size="small" disabled={disabled} onClick={() => onChange(null)}>
          Find an existing client instead
        </Button>
      </Box>
    );
  }

  const picked = value?.hit ?? null;
  const startNew = () => {
    const typed = text.trim();
    const looksLikePhone = /^[+\d\s()-]{5,}$/.test(typed);
    onChange({
      kind: 'new',
      name: looksLikePhone ? '' : typed,
      phone: looksLikePhone ? normalisePhone(typed) : '',
    });
  };
  return (
    <Box component="section" aria-label="Client">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Autocomplete
          fullWidth
          disabled={disabled}
          options={search.data ?? []}
          value={picked}
          inputValue={picked ? picked.name : text}
          filterOptions={(options) => options}
          getOptionLabel={(option) => option.name || option.phone}
          isOptionEqualToValue={(option, other) => option.id === other.id}
          loading={search.isFetching}
          noOptionsText={query.length < 2 ? 'Type a name or phone' : 'No client found'}
          onInputChange={(_event, next, reason) => {
            if (reason === 'input' || reason === 'clear') setText(next);
          }}
          onChange={(_event, hit) => {
            setText('');
            onChange(hit ? { kind: 'existing', hit } : null);
          }}
          renderOption={({ key, ...props }, option) => (
            <li key={key} {...props}>
              <Box>
                <Typography>{option.name || 'No name'}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {[option.phone, visitsText(option.visitsCount)].filter(Boolean).join(' · ')}
                </Typography>
              </Box>
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Client"
              placeholder="Name or phone"
              autoFocus
              error={Boolean(errors.client)}
              helperText={
                errors.client ??
                (picked ? [picked.phone, visitsText(picked.visitsCount)].filter(Boolean).join(' · ') : ' ')
              }
            />
          )}
        />
        <Button sx={{ mt: 1, flexShrink: 0 }} disabled={disabled} onClick={startNew}>
          New client
        </Button>
      </Stack>
    </Box>
  );
}
