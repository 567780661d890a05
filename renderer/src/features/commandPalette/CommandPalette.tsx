import { useState, type ReactNode } from 'react';
import { Command } from 'cmdk';
import { DateTime } from 'luxon';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Location } from '../../../../shared/domain/location';
import { IsolatedText } from '../../components/IsolatedText';
import { isolate } from '../../components/isolate';
import type { FeatureEntry } from '../../featureEntry';
import { longDay, shortWhen } from '../../format';
import { i18n, params, useMessages } from '../../i18n';
import { useNavigation } from '../../navigation';
import { useClientCard } from '../clients';
import { shortcutText } from '../shortcuts';
import { paletteSx } from './paletteSx';
import { usePaletteSources } from './sources';
import { onCalendar } from './target';

const messages = i18n('commandPalette/CommandPalette', {
  title: 'Command palette',
  placeholder: 'A client, an appointment, a screen, an action…',
  hint: 'Try: new appointment for Anna at 15:00 · go to next Tuesday · walk-in haircut',
  phrases: 'Do',
  screens: 'Screens',
  actions: 'Actions',
  clients: 'Clients',
  appointments: 'Appointments in the loaded days',
  searching: 'Looking up clients',
  nothing: 'Nothing found',
  goTo: params('Go to {day}'),
  walkIn: params('Walk-in: who can take “{service}” now'),
  bookFor: params('New appointment for {name}'),
  bookForAt: params('New appointment for {name} at {time}'),
  cardOf: params('Open the client card of {name}'),
  noTime: params('“{text}” is no time of day: write it as 15:00 or 3pm'),
  noDate: params('“{text}” is no date: try tomorrow, next Tuesday or 14 March'),
  appointment: params('{when} · {client} · {what}'),
  noClient: 'No client',
});

/** One choice: its words (a name from Altegio isolated), an icon before, a detail after. */
function Item(props: {
  value: string;
  onSelect: () => void;
  label: string;
  icon?: ReactNode;
  detail?: string;
}) {
  return (
    <Command.Item value={props.value} onSelect={props.onSelect}>
      {props.icon}
      <span className="palette-label">
        <IsolatedText text={props.label} />
      </span>
      {props.detail && <span className="palette-detail">{props.detail}</span>}
    </Command.Item>
  );
}

/** The command palette (Ctrl/⌘+K): one list, by the keyboard, of what the app can find and do. */
export function CommandPalette({
  open,
  onClose,
  sections,
  location,
}: {
  open: boolean;
  onClose: () => void;
  sections: readonly FeatureEntry[];
  location: Location;
}) {
  const t = useMessages(messages);
  const [text, setText] = useState('');
  const navigation = useNavigation();
  const clientCard = useClientCard();
  const found = usePaletteSources(text, location, sections);
  const zone = location.timezone;
  const { phrase } = found;

  const run = (action: () => void) => () => {
    onClose();
    setText('');
    action();
  };
  const onCal = (action: Parameters<typeof onCalendar>[0]) =>
    run(() => onCalendar(action, () => navigation.go('calendar')));
  const time = phrase?.kind === 'book' ? phrase.time : null;

  return (
    <Dialog
      open={open}
      onClose={() => {
        onClose();
        setText('');
      }}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'aria-label': t.title, sx: { alignSelf: 'flex-start', mt: '12vh' } } }}
    >
      <Box sx={paletteSx}>
        <Command label={t.title} shouldFilter={false} loop>
          <Command.Input
            value={text}
            onValueChange={setText}
            placeholder={t.placeholder}
            aria-label={t.title}
            autoFocus
          />
          <Box sx={{ height: 2 }}>{found.clientsLoading && <LinearProgress aria-label={t.searching} />}</Box>
          <Command.List>
            {text.trim() === '' && (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, py: 1 }}>
                {t.hint}
              </Typography>
            )}
            {!found.clientsLoading && <Command.Empty>{t.nothing}</Command.Empty>}
            {phrase && phrase.kind !== 'book' && (
              <Command.Group heading={t.phrases}>
                {phrase.kind === 'goTo' && (
                  <Item
                    value={`goTo:${phrase.date}`}
                    onSelect={onCal((target) => target.goTo(phrase.date))}
                    label={t.goTo({ day: longDay(DateTime.fromISO(phrase.date, { zone }), true) })}
                  />
                )}
                {phrase.kind === 'walkIn' && (
                  <Item
                    value="walkIn"
                    onSelect={onCal((target) => target.walkIn(phrase.service))}
                    label={t.walkIn({ service: isolate(phrase.service) })}
                  />
                )}
                {phrase.kind === 'unclear' && found.screens.length === 0 && (
                  <Command.Item value="unclear" disabled>
                    <span className="palette-label">
                      <IsolatedText
                        text={(phrase.part === 'time' ? t.noTime : t.noDate)({ text: isolate(phrase.text) })}
                      />
                    </span>
                  </Command.Item>
                )}
              </Command.Group>
            )}
            {found.clients.length > 0 && (
              <Command.Group heading={t.clients}>
                {found.clients.map((client) => {
                  const name = isolate(client.name || client.phone);
                  const booking = {
                    id: client.id,
                    name: client.name,
                    phone: client.phone,
                    email: client.email,
                    visitsCount: client.visitsCount,
                  };
                  return [
                    <Item
                      key={`book:${client.id}`}
                      value={`book:${client.id}`}
                      onSelect={onCal((target) => target.book(booking, time))}
                      label={time ? t.bookForAt({ name, time }) : t.bookFor({ name })}
                      detail={client.phone}
                    />,
                    <Item
                      key={`card:${client.id}`}
                      value={`card:${client.id}`}
                      onSelect={run(() => clientCard.open(client.id))}
                      label={t.cardOf({ name })}
                    />,
                  ];
                })}
              </Command.Group>
            )}
            {found.appointments.length > 0 && (
              <Command.Group heading={t.appointments}>
                {found.appointments.map(({ appointment, memberName }) => (
                  <Item
                    key={appointment.id}
                    value={`appointment:${appointment.id}`}
                    onSelect={onCal((target) => target.show(appointment))}
                    label={t.appointment({
                      when: shortWhen(appointment.start, zone),
                      client: appointment.client ? isolate(appointment.client.name) : t.noClient,
                      what: isolate(
                        [appointment.services.map((service) => service.title).join(', '), memberName]
                          .filter(Boolean)
                          .join(' · '),
                      ),
                    })}
                  />
                ))}
              </Command.Group>
            )}
            {found.screens.length > 0 && (
              <Command.Group heading={t.screens}>
                {found.screens.map((section) => (
                  <Item
                    key={section.id}
                    value={`screen:${section.id}`}
                    onSelect={run(() => navigation.go(section.id))}
                    icon={<section.icon fontSize="small" />}
                    label={section.label}
                    detail={section.description}
                  />
                ))}
              </Command.Group>
            )}
            {found.actions.length > 0 && (
              <Command.Group heading={t.actions}>
                {found.actions.map(({ command, run: runCommand }) => (
                  <Item
                    key={command.id}
                    value={`action:${command.id}`}
                    onSelect={run(runCommand)}
                    label={command.label}
                    detail={command.shortcut && shortcutText(command.shortcut)}
                  />
                ))}
              </Command.Group>
            )}
          </Command.List>
        </Command>
      </Box>
    </Dialog>
  );
}
