import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { SignInPanel } from './SignInPanel';

export function SignInPage({ notice }: { notice?: string | null }) {
  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 480, p: 4 }} component="main">
        <Typography variant="h4" component="h1" sx={{ fontWeight: 600 }}>
          Frontdesk
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          The appointment log for your front desk.
        </Typography>
        <SignInPanel notice={notice} />
      </Paper>
    </Box>
  );
}
