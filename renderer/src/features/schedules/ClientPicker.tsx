import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { AppointmentClientInput } from '../../../../shared/domain/appointment';
import { normalisePhone, type ClientSearchHit } from '../../../../shared/domain/client';
import { ClientSearchField, newClientFromTyped } from '../clients';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('schedules/ClientPicker', {
  client: 'Client',
  clientName: 'Client name',
  phone: 'Phone',
  phoneHelp: 'Digits, with + and country code',
  findExisting: 'Find an existing client instead',
  newClient: 'New client',
});

export type PickedClient =
  { kind: 'existing'; hit: ClientSearchHit } | { kind: 'new'; name: string; phone: string } | null;

/** What main is sent for the picked client (a new one is found by phone or made). */
export function clientInputOf(picked: PickedClient): AppointmentClientInput | null {
  if (!picked) return null;
  if (picked.kind === 'existing')
    return { id: picked.hit.id, name: picked.hit.name || messages.get().client, phone: picked.hit.phone };
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
  const t = useMessages(messages);

  if (value?.kind === 'new') {
    return (
      <Box component="section" aria-label={t.client}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField
            label={t.clientName}
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
            label={t.phone}
            required
            value={value.phone}
            disabled={disabled}
            onChange={(event) => onChange({ ...value, phone: event.target.value })}
            onBlur={() => value.phone.trim() && onChange({ ...value, phone: normalisePhone(value.phone) })}
            error={Boolean(errors.phone)}
            helperText={errors.phone ?? t.phoneHelp}
            fullWidth
          />
        </Stack>
        <Button size="small" disabled={disabled} onClick={() => onChange(null)}>
          {t.findExisting}
        </Button>
      </Box>
    );
  }

  const picked = value?.hit ?? null;
  const startNew = () => onChange({ kind: 'new', ...newClientFromTyped(text) });
  return (
    <Box component="section" aria-label={t.client}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <ClientSearchField
          locationId={locationId}
          picked={picked}
          text={text}
          onTextChange={setText}
          onPick={(hit) => onChange(hit ? { kind: 'existing', hit } : null)}
          autoFocus
          error={errors.client}
          disabled={disabled}
        />
        <Button sx={{ mt: 1, flexShrink: 0 }} disabled={disabled} onClick={startNew}>
          {t.newClient}
        </Button>
      </Stack>
    </Box>
  );
}
