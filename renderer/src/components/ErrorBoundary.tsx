import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { i18n, useMessages } from '../i18n';

const messages = i18n('components/ErrorBoundary', {
  tryAgain: 'Try again',
  title: 'This screen ran into a problem',
  unknown: 'Unknown error',
});

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing this value clears a caught error, e.g. when the user switches section. */
  resetKey?: unknown;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps one broken screen from taking the whole window down; the message is shown, never a stack. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error.message, info.componentStack?.split('\n')[1]?.trim());
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ScreenProblem error={this.state.error} onTryAgain={() => this.setState({ error: null })} />;
  }
}

/** What the boundary shows instead of the broken screen (a function, to speak the language shown). */
function ScreenProblem({ error, onTryAgain }: { error: Error; onTryAgain: () => void }) {
  const t = useMessages(messages);
  return (
    <Box sx={{ p: 3 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onTryAgain}>
            {t.tryAgain}
          </Button>
        }
      >
        <AlertTitle>{t.title}</AlertTitle>
        {error.message || t.unknown}
      </Alert>
    </Box>
  );
}
