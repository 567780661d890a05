import type { TeamMember } from '../../../../shared/domain/teamMember';
import { ClientHistoryList, useClientDetails } from '../clients';
import { useCurrency } from '../../money';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('appointments/RecentVisits', {
  title: 'Last visits',
  empty: 'No earlier visits.',
});

interface RecentVisitsProps {
  locationId: number;
  clientId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
}

/**
 * The picked client's latest appointments, so the desk can book "the same as last time". The same read
 * as the client alerts above (which say when it is loading or failed), so nothing shows until it is in.
 */
export function RecentVisits({ locationId, clientId, zone, teamMembers }: RecentVisitsProps) {
  const details = useClientDetails(locationId, clientId);
  const currency = useCurrency();
  const t = useMessages(messages);
  if (!details.data) return null;
  return (
    <ClientHistoryList
      title={t.title}
      empty={t.empty}
      visits={details.data.history.lastVisits}
      zone={zone}
      teamMembers={teamMembers}
      currency={currency}
    />
  );
}
