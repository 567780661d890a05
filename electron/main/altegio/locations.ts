import { IANAZone } from './luxon';
import { z } from 'zod';
import type { Location } from '../../../shared/domain/location';
import type { Http } from './http';
import { readList, type ListReading } from './listItems';
import { parseWire, WireId, WireText } from './wire';

const WireCompany = z.object({
  id: WireId,
  title: WireText,
  public_title: WireText.optional(),
  city: WireText.optional(),
  address: WireText.optional(),
  phone: WireText.optional(),
  timezone_name: WireText.optional(),
  timezone: z.union([z.number(), z.string()]).nullish(),
  currency_short_title: WireText.optional(),
});
type WireCompany = z.output<typeof WireCompany>;

/**
 * The location's IANA zone. Altegio sends `timezone_name`; old YCLIENTS replies put the IANA name in
 * `timezone`. A bare hour offset is the last resort (it knows nothing of DST).
 */
function zoneOf(company: WireCompany): string {
  const candidates = [company.timezone_name, typeof company.timezone === 'string' ? company.timezone : ''];
  const named = candidates.find((name) => name && IANAZone.isValidZone(name));
  if (named) return named;
  const hours = Number(company.timezone);
  if (Number.isFinite(hours) && hours !== 0) return `UTC${hours > 0 ? '+' : ''}${hours}`;
  return 'UTC';
}

export function toLocation(company: WireCompany): Location {
  return {
    id: company.id,
    title: company.title || company.public_title || `Location ${company.id}`,
    city: company.city ?? '',
    address: company.address ?? '',
    phone: company.phone ?? '',
    timezone: zoneOf(company),
    currency: (company.currency_short_title ?? '').trim(),
  };
}

export function createLocationsApi(http: Http, lists: ListReading = {}) {
  return {
    /** The locations the signed-in user manages (`my=1` needs the user token). */
    async listMine(): Promise<Location[]> {
      const { data } = await http.request('GET', '/companies', { query: { my: 1 } });
      return readList(lists, 'locations', data, (item) =>
        toLocation(parseWire(WireCompany, item, 'a location')),
      );
    },
    /** One small read, tried once: whether Altegio answers at all. */
    async probe(locationId: number): Promise<void> {
      await http.request('GET', `/company/${locationId}`, { once: true });
    },
    async get(locationId: number): Promise<Location> {
      const { data } = await http.request('GET', `/company/${locationId}`);
      return toLocation(parseWire(WireCompany, data, 'a location'));
    },
  };
}
