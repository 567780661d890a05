import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import type { Service, ServiceCategory } from '../../../shared/domain/service';
import type { Http } from './http';
import { readList, type ListReading } from './listItems';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';

const WireService = z.object({
  id: WireId,
  title: WireText,
  booking_title: WireText,
  category_id: WireId.catch(0),
  price_min: WireNumber,
  price_max: WireNumber,
  duration: WireNumber.optional(),
  technical_break_duration: z
    .union([z.number(), z.string().regex(/^\d+$/)])
    .nullish()
    .catch(null),
  active: WireFlag,
  capacity: WireNumber.optional(),
  weight: WireNumber,
  comment: WireText,
  staff: z
    .array(z.object({ id: WireId, seance_length: WireNumber.optional() }))
    .nullish()
    .catch([]),
});
type WireService = z.output<typeof WireService>;

const WireCategory = z.object({
  id: WireId,
  title: WireText,
  weight: WireNumber,
  staff: z.array(WireId).nullish().catch([]),
});

/** Altegio's default service length when none is set. */
const DEFAULT_DURATION = 3600;

function toService(service: WireService): Service {
  const duration = Math.round(service.duration ?? 0) || DEFAULT_DURATION;
  const breakSeconds = service.technical_break_duration;
  return {
    id: service.id,
    title: service.title || service.booking_title,
    categoryId: service.category_id,
    priceMin: service.price_min,
    priceMax: Math.max(service.price_max, service.price_min),
    durationSeconds: duration,
    technicalBreakSeconds: breakSeconds === null || breakSeconds === undefined ? null : Number(breakSeconds),
    active: service.active,
    capacity: Math.max(1, Math.round(service.capacity ?? 1)),
    weight: service.weight,
    comment: service.comment,
    teamMembers: (service.staff ?? []).map((link) => ({
      teamMemberId: link.id,
      durationSeconds: Math.round(link.seance_length ?? 0) || duration,
    })),
  };
}

/** Higher weight first, as Altegio orders them; id keeps equal weights stable. */
const byWeight = <T extends { weight: number; id: number }>(a: T, b: T) => b.weight - a.weight || a.id - b.id;

export function createServicesApi(http: Http, lists: ListReading = {}) {
  return {
    /** Services with per-member lengths (`staff[].seance_length`), from the newer path that carries them. */
    async list(
      location: LocationRef,
      filter: { teamMemberId?: number; categoryId?: number } = {},
    ): Promise<Service[]> {
      const { data } = await http.request('GET', `/company/${location.id}/services/`, {
        query: { staff_id: filter.teamMemberId, category_id: filter.categoryId },
      });
      return readList(lists, 'services', data, (item) =>
        toService(parseWire(WireService, item, 'a service')),
      ).sort(byWeight);
    },

    async get(location: LocationRef, id: number): Promise<Service> {
      const { data } = await http.request('GET', `/company/${location.id}/services/${id}`);
      return toService(parseWire(WireService, Array.isArray(data) ? data[0] : data, 'a service'));
    },

    async categories(location: LocationRef): Promise<ServiceCategory[]> {
      const { data } = await http.request('GET', `/company/${location.id}/service_categories`);
      return readList(lists, 'serviceCategories', data, (item) =>
        parseWire(WireCategory, item, 'a service category'),
      )
        .map((category) => ({
          id: category.id,
          title: category.title,
          weight: category.weight,
          teamMemberIds: category.staff ?? [],
        }))
        .sort(byWeight);
    },
  };
}

export type ServicesApi = ReturnType<typeof createServicesApi>;
