import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import type { OnlineServices } from '../../../../shared/contract/onlineBooking';
import { i18n, useMessages } from '../../i18n';
import { lengthText, priceText, serviceNotOfferedWords, servicesByCategory } from './model';

const messages = i18n('onlineBooking/OnlineServicesList', {
  services: 'Services',
  noneOfTheirs: 'No services of theirs can be booked online.',
  none: 'No service can be booked online.',
  other: 'Other',
});

interface OnlineServicesListProps {
  view: OnlineServices;
  currency: string;
  /** The services of one team member, not of the whole location. */
  forMember: boolean;
  selectedId: number | null;
  onSelect: (serviceId: number) => void;
}

/** The services a client sees online, by category; the others greyed, with why they are not offered. */
export function OnlineServicesList(props: OnlineServicesListProps) {
  const { view, currency, forMember, selectedId, onSelect } = props;
  const t = useMessages(messages);
  const none = !view.services.some((service) => service.notOffered === null);
  return (
    <List dense aria-label={t.services} sx={{ overflow: 'auto', maxHeight: '70vh' }}>
      {none && (
        <ListItem data-testid="no-online-services">
          <ListItemText primary={forMember ? t.noneOfTheirs : t.none} />
        </ListItem>
      )}
      {servicesByCategory(view).map(({ category, services }) => (
        <li key={category?.id ?? 'none'}>
          <ul style={{ padding: 0 }}>
            <ListSubheader>{category?.title ?? t.other}</ListSubheader>
            {services.map((service) => {
              const facts = [
                priceText(service, currency),
                service.durationSeconds !== null ? lengthText(service.durationSeconds) : null,
              ].filter(Boolean);
              return (
                <ListItem key={service.id} disablePadding>
                  <ListItemButton
                    data-service-id={service.id}
                    data-offered={service.notOffered === null}
                    selected={service.id === selectedId}
                    disabled={service.notOffered !== null}
                    onClick={() => onSelect(service.id)}
                    // Greyed rows keep their reason readable.
                    sx={{ '&.Mui-disabled': { opacity: 0.75 } }}
                  >
                    <ListItemText
                      primary={service.title}
                      secondary={
                        service.notOffered ? serviceNotOfferedWords[service.notOffered] : facts.join(' · ')
                      }
                    />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </ul>
        </li>
      ))}
    </List>
  );
}
