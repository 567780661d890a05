import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Client, ClientSearchHit } from '../../../../shared/domain/client';
import { normalisePhone } from '../../../../shared/domain/client';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import {
  ClientAlerts,
  ClientSearchField,
  fullName,
  newClientFromTyped,
  useClientCard,
  visitsText,
} from '../clients';
import type { AppointmentFormValues, ClientChoice } from './formModel';
import { RecentVisits } from './RecentVisits';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('appointments/ClientSection', {
  section: 'Client',
  name: 'Client name',
  phone: 'Phone',
  phoneHelp: 'Digits, with + and country code',
  email: 'E-mail (optional)',
  findExisting: 'Find an existing client instead',
  newClient: 'New client',
  clientCard: 'Client card',
});

interface ClientSectionProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  autoFocus: boolean;
}

/** Find the client by name or phone, or type in a new one; a picked client's last visits show below. */
export function ClientSection({ locationId, zone, teamMembers, autoFocus }: ClientSectionProps) {
  const { control, setValue, getValues, register, formState } = useFormContext<AppointmentFormValues>();
  const client = useWatch({ control, name: 'client' });
  const [text, setText] = useState('');
  const clientCard = useClientCard();
  const t = useMessages(messages);
  const errors = formState.errors.client;

  const choose = (next: ClientChoice) =>
    setValue('client', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });

  // An edit on the card opened from here is the client this booking is for: Altegio matches by phone.
  const takeEdited = (saved: Client) => {
    const current = getValues('client');
    if (current.mode === 'existing' && current.id === saved.id)
      choose({ ...current, name: fullName(saved), phone: saved.phone, email: saved.email });
  };

  const startNew = () =>
    choose({ mode: 'new', id: null, ...newClientFromTyped(text), email: '', visitsCount: null });

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
      <Box component="section" aria-label={t.section}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField
            label={t.name}
            autoFocus={autoFocus}
            {...register('client.name')}
            error={Boolean(errors?.name)}
            helperText={errors?.name?.message}
            fullWidth
          />
          <TextField
            label={t.phone}
            {...register('client.phone', { setValueAs: (value: string) => value })}
            onBlur={(event) => {
              const value = event.target.value;
              if (value.trim()) setValue('client.phone', normalisePhone(value), { shouldValidate: true });
            }}
            error={Boolean(errors?.phone)}
            helperText={errors?.phone?.message ?? t.phoneHelp}
            fullWidth
          />
          <TextField
            label={t.email}
            type="email"
            {...register('client.email')}
            error={Boolean(errors?.email)}
            helperText={errors?.email?.message}
            fullWidth
          />
        </Stack>
        <Button size="small" onClick={() => choose({ ...client, mode: 'existing', id: null })}>
          {t.findExisting}
        </Button>
      </Box>
    );
  }

  return (
    <Box component="section" aria-label={t.section}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <ClientSearchField
          locationId={locationId}
          picked={picked}
          text={text}
          onTextChange={setText}
          onPick={(hit) =>
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
            )
          }
          autoFocus={autoFocus}
          error={errors?.name?.message}
          helperText={
            picked ? [picked.phone, visitsText(client.visitsCount)].filter(Boolean).join(' · ') : ' '
          }
        />
        <Button sx={{ mt: 1, flexShrink: 0 }} onClick={startNew}>
          {t.newClient}
        </Button>
      </Stack>
      {picked && (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <ClientAlerts locationId={locationId} clientId={picked.id} zone={zone} />
            </Box>
            {clientCard.available && (
              <Button
                size="small"
                sx={{ flexShrink: 0 }}
                onClick={() => clientCard.open(picked.id, { canBook: false, onSaved: takeEdited })}
              >
                {t.clientCard}
              </Button>
            )}
          </Stack>
          <RecentVisits locationId={locationId} clientId={picked.id} zone={zone} teamMembers={teamMembers} />
        </>
      )}
    </Box>
  );
}
