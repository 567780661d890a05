import { Suspense, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Hint } from '../../components/Hint';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, useOpenedOnce } from '../../lazyPart';

const AboutDialog = lazyPart(() => import('./AboutDialog').then((module) => module.AboutDialog));

const messages = i18n('about/AboutButton', { about: 'About Frontdesk' });

/** The app bar's entry to the About dialog. */
export function AboutButton() {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  return (
    <>
      <Hint title={t.about}>
        <IconButton color="inherit" aria-label={t.about} onClick={() => setOpen(true)}>
          <InfoOutlinedIcon />
        </IconButton>
      </Hint>
      {opened && (
        <Suspense fallback={null}>
          <AboutDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
