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
import { i18n, useMessages } from '../../i18n';

type FormValues = SignInInput;

const messages = i18n('session/ConnectForm', {
  altegio: 'Altegio (api.alteg.io)',
  yclients: 'YCLIENTS (api.yclients.com)',
  custom: 'Another server (custom address)',
  couldNotConnect: 'Could not connect.',
  form: 'Connect to Altegio',
  connectTo: 'Connect to',
  serverAddress: 'Server address',
  serverHelp: 'The base of the B2B API, ending in /api/v1',
  partnerToken: 'Partner token',
  partnerHelp: 'From your Altegio Marketplace developer account',
  login: 'Login (e-mail or phone)',
  password: 'Password',
  hidePassword: 'Hide password',
  showPassword: 'Show password',
  connecting: 'Connecting',
  connectingNow: 'Connecting…',
  connect: 'Connect',
});

const connections = ['altegio', 'yclients', 'custom'] as const;

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
  const t = useMessages(messages);
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
      setProblem(problemText(error, t.couldNotConnect));
    }
  });

  const fieldError = (name: keyof FormValues) => {
    const issue = formState.errors[name]?.message;
    return issue ? wordIssue(issue) : undefined;
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t.form}>
      <Controller
        control={control}
        name="connection"
        render={({ field }) => (
          <TextField select label={t.connectTo} {...field} disabled={busy}>
            {connections.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t[kind]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {connection === 'custom' && (
        <TextField
          label={t.serverAddress}
          placeholder="https://api.example.com/api/v1"
          {...register('customUrl')}
          error={Boolean(fieldError('customUrl'))}
          helperText={fieldError('customUrl') ?? t.serverHelp}
          disabled={busy}
        />
      )}
      <TextField
        label={t.partnerToken}
        autoComplete="off"
        {...register('partnerToken')}
        error={Boolean(fieldError('partnerToken'))}
        helperText={fieldError('partnerToken') ?? t.partnerHelp}
        disabled={busy}
      />
      <TextField
        label={t.login}
        autoComplete="username"
        {...register('login')}
        error={Boolean(fieldError('login'))}
        helperText={fieldError('login')}
        disabled={busy}
      />
      <TextField
        label={t.password}
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
                  aria-label={showPassword ? t.hidePassword : t.showPassword}
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
      {busy && <LinearProgress aria-label={t.connecting} />}
      <Button type="submit" variant="outlined" size="large" disabled={busy}>
        {busy ? t.connectingNow : t.connect}
      </Button>
    </Stack>
  );
}
