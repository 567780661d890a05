import { useCustomFields } from '../customFields';
import { useLabels } from '../labels';
import { useServices } from '../services';
import { useTeam } from '../team';

/** What the booking dialog offers: team, services, appointment labels and custom fields. */
export function useCatalog(locationId: number) {
  const team = useTeam(locationId);
  const services = useServices(locationId);
  const labels = useLabels(locationId, 'appointment');
  const customFields = useCustomFields(locationId, 'record');
  const queries = [team, services, labels, customFields];
  return {
    teamMembers: team.data,
    services: services.data,
    labels: labels.data,
    customFields: customFields.data,
    ready: queries.every((query) => query.isSuccess),
    error: queries.find((query) => query.error)?.error ?? null,
    retry: () => queries.forEach((query) => void query.refetch()),
  };
}
