import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { call } from '../api';
import { i18n, useMessages } from '../i18n';

const messages = i18n('components/CopyButton', {
  copied: 'Copied',
  failed: 'Could not copy',
});

/**
 * Copies text (a phone number, a list of them) to the system clipboard through main: the renderer is
 * refused the clipboard permission. `label` names what is copied, for the tooltip and screen readers.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useMessages(messages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const title = state === 'copied' ? t.copied : state === 'failed' ? t.failed : label;
  return (
    <Tooltip title={title}>
      <IconButton
        size="small"
        aria-label={label}
        onClick={() => {
          call('app.copyText', { text }).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'copied' ? <CheckIcon fontSize="small" /> : <ContentCopyIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
}
