import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { SignInInput } from '../../../../shared/domain/session';
import { BridgeError, problemText } from '../../api';
import { wordIssue } from '../../errors';

type FormValues = SignInInput;

const connectionLabels = {
  altegio: 'Altegio (api.alteg.io)',
  yclients: 'YCLIENTS (api.yclients.com)',
  custom: 'Another server (custom address)',
} as const;

const emptyForm: FormValues = {
  connection: 'altegio',
  customUrl: '',
  partnerToken: '',
  login: '',
  password: '',
};

interface ConnectFormProps {
  onSubmit: (values: SignInInput) => Promise<unknown>;
  busy: boolean;
}

/** "Connect to Altegio": every input survives a failed attempt; Altegio's answer lands on the right field. */
export function ConnectForm({ onSubmit, busy }: ConnectFormProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const form = useForm<FormValues>({
    resolver: zodResolver(SignInInput),
    defaultValues: emptyForm,
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const connection = useWatch({ control, name: 'connection' });

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof BridgeError) {
        for (const [field, message] of Object.entries(error.fields)) {
          if (field in emptyForm)
            setError(field as keyof FormValues, { type: 'server', message }, { shouldFocus: true });
        }
      }
      setProblem(problemText(error, 'Could not connect.'));
    }
  });

  const fieldError = (name: keyof FormValues) => {
    const issue = formState.errors[name]?.message;
    return issue ? wordIssue(issue) : undefined;
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Connect to Altegio">
      <Controller
        control={control}
        name="connection"
        render={({ field }) => (
          <TextField select label="Connect to" {...field} disabled={busy}>
            {(Object.keys(connectionLabels) as Array<keyof typeof connectionLabels>).map((kind) => (
              <MenuItem key={kind} value={kind}>
                {connectionLabels[kind]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {connection === 'custom' && (
        <TextField
          label="Server address"
          placeholder="https://api.example.com/api/v1"
          {...register('customUrl')}
          error={Boolean(fieldError('customUrl'))}
          helperText={fieldError('customUrl') ?? 'The base of the B2B API, ending in /api/v1'}
          disabled={busy}
        />
      )}
      <TextField
        label="Partner token"
        autoComplete="off"
        {...register('partnerToken')}
        error={Boolean(fieldError('partnerToken'))}
        helperText={fieldError('partnerToken') ?? 'From your Altegio Marketplace developer account'}
        disabled={busy}
      />
      <TextField
        label="Login (e-mail or phone)"
        autoComplete="username"
        {...register('login')}
        error={Boolean(fieldError('login'))}
        helperText={fieldError('login')}
        disabled={busy}
      />
      <TextField
        label="Password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="current-password"
        {...register('password')}
        error={Boolean(fieldError('password'))}
        helperText={fieldError('password')}
        disabled={busy}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={showPassword ? 'Hide password' : 'Show password'}
                  onClick={() => setShowPassword((shown) => !shown)}
                  edge="end"
                >
                  {showPassword ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      {busy && <LinearProgress aria-label="Connecting" />}
      <Button type="submit" variant="outlined" size="large" disabled={busy}>
        {busy ? 'Connecting…' : 'Connect'}
      </Button>
    </Stack>
  );
}
