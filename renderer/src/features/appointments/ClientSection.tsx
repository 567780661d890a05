import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ClientSearchHit } from '../../../../shared/domain/client';
import { normalisePhone } from '../../../../shared/domain/client';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { useDebounced } from '../../useDebounced';
import { useClientSearch, visitsText } from '../clients';
import type { AppointmentFormValues, ClientChoice } from './formModel';
import { RecentVisits } from './RecentVisits';

const MIN_SEARCH_LENGTH = 2;

interface ClientSectionProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  autoFocus: boolean;
}

/** Find the client by name or phone, or type in a new one; a picked client's last visits show below. */
export function ClientSection({ locationId, zone, teamMembers, autoFocus }: ClientSectionProps) {
  const { control, setValue, register, formState } = useFormContext<AppointmentFormValues>();
  const client = useWatch({ control, name: 'client' });
  const [text, setText] = useState('');
  const query = useDebounced(text.trim());
  const search = useClientSearch(locationId, client.mode === 'existing' ? query : '');
  const errors = formState.errors.client;

  const choose = (next: ClientChoice) =>
    setValue('client', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });

  const startNew = () => {
    const typed = text.trim();
    const looksLikePhone = /^[+\d\s()-]{5,}$/.test(typed);
    choose({
      mode: 'new',
      id: null,
      name: looksLikePhone ? '' : typed,
      phone: looksLikePhone ? normalisePhone(typed) : '',
      email: '',
      visitsCount: null,
    });
  };

  const picked: ClientSearchHit | null =
    client.mode === 'existing' && client.id !== null
      ? {
          id: client.id,
          name: client.name,
          phone: client.phone,
          email: client.email,
          visitsCount: client.visitsCount ?? 0,
          lastVisitAt: null,
        }
      : null;

  if (client.mode === 'new') {
    return (
      <Box component="section" aria-label="Client">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField
            label="Client name"
            autoFocus={autoFocus}
            {...register('client.name')}
            error={Boolean(errors?.name)}
            helperText={errors?.name?.message}
            fullWidth
          />
          <TextField
            label="Phone"
            {...register('client.phone', { setValueAs: (value: string) => value })}
            onBlur={(event) => {
              const value = event.target.value;
              if (value.trim()) setValue('client.phone', normalisePhone(value), { shouldValidate: true });
            }}
            error={Boolean(errors?.phone)}
            helperText={errors?.phone?.message ?? 'Digits, with + and country code'}
            fullWidth
          />
          <TextField
            label="E-mail (optional)"
            type="email"
            {...register('client.email')}
            error={Boolean(errors?.email)}
            helperText={errors?.email?.message}
            fullWidth
          />
        </Stack>
        <Button size="small" onClick={() => choose({ ...client, mode: 'existing', id: null })}>
          Find an existing client instead
        </Button>
      </Box>
    );
  }

  return (
    <Box component="section" aria-label="Client">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Autocomplete
          fullWidth
          options={search.data ?? []}
          value={picked}
          inputValue={picked ? picked.name : text}
          filterOptions={(options) => options}
          getOptionLabel={(option) => option.name || option.phone}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          loading={search.isFetching}
          noOptionsText={query.length < MIN_SEARCH_LENGTH ? 'Type a name or phone' : 'No client found'}
          onInputChange={(_event, value, reason) => {
            if (reason === 'input' || reason === 'clear') setText(value);
          }}
          onChange={(_event, hit) => {
            setText('');
            choose(
              hit
                ? {
                    mode: 'existing',
                    id: hit.id,
                    name: hit.name,
                    phone: hit.phone,
                    email: hit.email,
                    visitsCount: hit.visitsCount,
                  }
                : { mode: 'existing', id: null, name: '', phone: '', email: '', visitsCount: null },
            );
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
              autoFocus={autoFocus}
              error={Boolean(errors?.name)}
              helperText={
                errors?.name?.message ??
                (picked ? [picked.phone, visitsText(client.visitsCount)].filter(Boolean).join(' · ') : ' ')
              }
            />
          )}
        />
        <Button sx={{ mt: 1, flexShrink: 0 }} onClick={startNew}>
          New client
        </Button>
      </Stack>
      {picked && (
        <RecentVisits locationId={locationId} clientId={picked.id} zone={zone} teamMembers={teamMembers} />
      )}
    </Box>
  );
}
