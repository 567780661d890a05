import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { i18n, useMessages } from '../../i18n';
import { SignInPanel } from './SignInPanel';

const messages = i18n('session/SignInPage', { tagline: 'The appointment log for your front desk.' });

export function SignInPage({ notice }: { notice?: string | null }) {
  const t = useMessages(messages);
  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 480, p: 4 }} component="main">
        <Typography variant="h4" component="h1" sx={{ fontWeight: 600 }}>
          Frontdesk
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t.tagline}
        </Typography>
        <SignInPanel notice={notice} />
      </Paper>
    </Box>
  );
}
