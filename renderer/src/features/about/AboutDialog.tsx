import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { call } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import libraries from './licences.json';
import { links } from './links';

const messages = i18n('about/AboutDialog', {
  title: 'About Frontdesk',
  summary: 'Front-desk appointment log for businesses that run on Altegio.',
  version: params('Version {version}'),
  versionUnknown: 'Version unavailable',
  licenceHeading: 'Licence',
  licence:
    'Frontdesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later).',
  premium: params(
    'The calendar’s team member columns use FullCalendar Premium under its GPLv3 option (licence key {key}).',
  ),
  links: 'Links',
  home: 'Home page',
  source: 'Source code',
  licenceText: 'Licence text (GPL-3.0)',
  altegioDocs: 'Altegio API documentation',
  updatesHeading: 'New versions',
  updates: 'Frontdesk does not update itself. Download new versions from the releases page:',
  librariesHeading: 'Libraries',
  librariesIntro: 'Frontdesk is built with these libraries, each under its own licence.',
  library: 'Library',
  libraryVersion: 'Version',
  libraryLicence: 'Licence',
  close: 'Close',
});

const PREMIUM_KEY = 'GPL-My-Project-Is-Open-Source';

function External({ href, children }: { href: string; children: string }) {
  // The window hands an https link opened in a new window to the system browser.
  return (
    <Link href={href} target="_blank" rel="noreferrer">
      {children}
    </Link>
  );
}

/** The version, the licences, where to read more and where new versions come from. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(messages);
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.info'), staleTime: Infinity });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="about-title">
      <DialogTitle id="about-title">{t.title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <div>
            <Typography variant="body1" data-testid="about-version" sx={{ fontWeight: 600 }}>
              {info.data ? t.version({ version: info.data.version }) : info.isError ? t.versionUnknown : ''}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t.summary}
            </Typography>
          </div>
          <section aria-labelledby="about-licence">
            <Typography id="about-licence" variant="subtitle1" component="h3">
              {t.licenceHeading}
            </Typography>
            <Typography variant="body2">{t.licence}</Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t.premium({ key: PREMIUM_KEY })}
            </Typography>
          </section>
          <section aria-labelledby="about-links">
            <Typography id="about-links" variant="subtitle1" component="h3">
              {t.links}
            </Typography>
            <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
              <li>
                <External href={links.home}>{t.home}</External>
              </li>
              <li>
                <External href={links.source}>{t.source}</External>
              </li>
              <li>
                <External href={links.licence}>{t.licenceText}</External>
              </li>
              <li>
                <External href={links.altegioDocs}>{t.altegioDocs}</External>
              </li>
            </Stack>
          </section>
          <section aria-labelledby="about-updates">
            <Typography id="about-updates" variant="subtitle1" component="h3">
              {t.updatesHeading}
            </Typography>
            <Typography variant="body2">
              {t.updates} <External href={links.download}>{links.download}</External>
            </Typography>
          </section>
          <section aria-labelledby="about-libraries">
            <Typography id="about-libraries" variant="subtitle1" component="h3">
              {t.librariesHeading}
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {t.librariesIntro}
            </Typography>
            <TableContainer sx={{ maxHeight: 240 }} tabIndex={0} aria-labelledby="about-libraries">
              <Table size="small" stickyHeader>
                <TableHead>
                  <TableRow>
                    <TableCell>{t.library}</TableCell>
                    <TableCell>{t.libraryVersion}</TableCell>
                    <TableCell>{t.libraryLicence}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {libraries.map((library) => (
                    <TableRow key={library.name}>
                      <TableCell>{library.name}</TableCell>
                      <TableCell>{library.version}</TableCell>
                      <TableCell>{library.licence}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </section>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
