import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import type { OnlineServices } from '../../../../shared/contract/onlineBooking';
import { lengthText, priceText, serviceNotOfferedWords, servicesByCategory } from './model';

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
  const none = !view.services.some((service) => service.notOffered === null);
  return (
    <List dense aria-label="Services" sx={{ overflow: 'auto', maxHeight: '70vh' }}>
      {none && (
        <ListItem data-testid="no-online-services">
          <ListItemText
            primary={
              forMember ? 'No services of theirs can be booked online.' : 'No service can be booked online.'
            }
          />
        </ListItem>
      )}
      {servicesByCategory(view).map(({ category, services }) => (
        <li key={category?.id ?? 'none'}>
          <ul style={{ padding: 0 }}>
            <ListSubheader>{category?.title ?? 'Other'}</ListSubheader>
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
