import type { Store } from '../store/store';
import type { Service, StaffMember } from '../store/types';
import { addDays } from '../time';
import { CATEGORIES, POSITIONS } from './catalog';
import { type SeededLocation, weeklyHours } from './locationData';

// Shapes real locations have beside the everyday team and catalogue. They are added after every location
// is seeded, so the ids of everything seeded before (members, services, clients, records) stay as they were.

function positionIdFor(store: Store, locationId: number, title: string): number {
  for (const position of store.positions.values())
    if (position.locationId === locationId && position.title === title) return position.id;
  const id = store.nextId('position');
  store.positions.set(id, { id, locationId, title });
  return id;
}

/** Fired and removed members: no working time, no appointments, hidden online, `bookable: false`. */
export function seedFormerStaff(store: Store, seeded: SeededLocation, today: string): StaffMember[] {
  const locationId = seeded.profile.location.id;
  return seeded.profile.formerStaff.map((spec) => {
    const member: StaffMember = {
      id: store.nextId('staff'),
      locationId,
      name: spec.name,
      specialization: spec.specialization,
      information: '',
      positionId: spec.position === null ? null : positionIdFor(store, locationId, POSITIONS[spec.position]),
      weight: spec.weight,
      rating: 0,
      votesCount: 0,
      commentsCount: 0,
      fired: spec.fired,
      hidden: true,
      removed: spec.removed,
      bookable: false,
      avatar: '',
      weeklyHours: weeklyHours(spec.hours),
      daysOff: [],
      ...(spec.lastDayAgo === null ? {} : { scheduleTill: addDays(today, -spec.lastDayAgo) }),
    };
    store.staff.set(member.id, member);
    // Altegio keeps a fired member in the services' staff lists.
    for (const title of spec.serviceTitles) {
      const service = seeded.servicesByTitle.get(title);
      service?.staff.push({
        staffId: member.id,
        seanceLength: service.duration + (service.technicalBreakDuration ?? 0),
      });
    }
    return member;
  });
}

/** Services with duration 0, capacity 0 or switched off, listed after the ordinary ones (lowest weights). */
export function seedExtraServices(store: Store, seeded: SeededLocation): Service[] {
  const locationId = seeded.profile.location.id;
  const specs = seeded.profile.extraServices;
  const created: Service[] = [];
  specs.forEach((spec, index) => {
    const categoryTitle = CATEGORIES.find((c) => c.key === spec.category)?.title;
    const category = [...store.categories.values()].find(
      (c) => c.locationId === locationId && c.title === categoryTitle,
    );
    if (!category) return;
    const service: Service = {
      id: store.nextId('service'),
      locationId,
      categoryId: category.id,
      title: spec.title,
      priceMin: spec.price[0],
      priceMax: spec.price[1],
      duration: spec.duration,
      technicalBreakDuration: null,
      active: spec.active,
      weight: specs.length - index,
      capacity: spec.capacity,
      comment: spec.comment ?? '',
      staff: spec.staff.flatMap(([name, seanceLength]) => {
        const member = seeded.staff.find((m) => m.name === name);
        return member ? [{ staffId: member.id, seanceLength }] : [];
      }),
    };
    store.services.set(service.id, service);
    seeded.servicesByTitle.set(service.title, service);
    created.push(service);
  });
  return created;
}

const CLIENT_NOTES = [
  'Sensitive scalp: use the mild shampoo.',
  'Prefers Emma; call the day before to confirm.',
  'Pays by card only.',
  'Running late is usual: book with a buffer.',
];

/** Notes on the cards of every seventh client, a few weeks apart, written by the location's admin. */
export function seedClientComments(
  store: Store,
  seeded: SeededLocation,
  nowMs: number,
  author: { id: number; name: string },
): void {
  seeded.clients.forEach((client, index) => {
    if (index % 7 !== 3) return;
    const id = store.nextId('clientComment');
    store.clientComments.set(id, {
      id,
      clientId: client.id,
      text: CLIENT_NOTES[index % CLIENT_NOTES.length] ?? '',
      userId: author.id,
      userName: author.name,
      createdMs: nowMs - (3 + (index % 40)) * 86_400_000,
    });
  });
}
