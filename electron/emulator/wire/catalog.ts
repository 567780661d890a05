import type { Store } from '../store/store';
import type { Service, ServiceCategory, StaffMember } from '../store/types';

function positionOf(store: Store, member: StaffMember) {
  const position = member.positionId === null ? undefined : store.positions.get(member.positionId);
  return position ? { id: position.id, title: position.title, services_binding_type: 0 } : [];
}

/** The short member object embedded in records. */
export function staffBrief(store: Store, member: StaffMember) {
  return {
    id: member.id,
    api_id: null,
    name: member.name,
    specialization: member.specialization,
    position: positionOf(store, member),
    avatar: member.avatar,
    avatar_big: member.avatar,
    rating: member.rating,
    votes_count: member.votesCount,
  };
}

export function staffToWire(store: Store, member: StaffMember) {
  return {
    ...staffBrief(store, member),
    information: member.information,
    image_group: [],
    show_rating: 1,
    comments_count: member.commentsCount,
    user_id: null,
    has_access_timetable: false,
    user: [],
    is_paid_staff: false,
    bookable: member.bookable,
    schedule_till: member.scheduleTill ?? '1970-01-01',
    weight: member.weight,
    prepaid: 'forbidden',
    fired: member.fired ? 1 : 0,
    status: member.removed ? 1 : 0,
    hidden: member.hidden ? 1 : 0,
    position_id: member.positionId ?? 0,
  };
}

export function serviceToWire(store: Store, service: Service, location: { technicalBreakDefault: number }) {
  return {
    id: service.id,
    salon_service_id: service.id,
    title: service.title,
    booking_title: service.title,
    category_id: service.categoryId,
    price_min: service.priceMin,
    price_max: service.priceMax,
    discount: 0,
    comment: service.comment,
    weight: service.weight,
    active: service.active ? 1 : 0,
    api_id: '',
    duration: service.duration,
    technical_break_duration: service.technicalBreakDuration,
    default_technical_break_duration: location.technicalBreakDefault,
    prepaid: 'forbidden',
    price_prepaid_amount: 0,
    price_prepaid_percent: 100,
    is_multi: false,
    capacity: service.capacity,
    is_online: service.active,
    service_type: 1,
    is_composite: false,
    is_chain: false,
    seance_search_start: 0,
    seance_search_finish: 86400,
    seance_search_step: 900,
    step: 900,
    date_from: '0000-00-00',
    date_to: '0000-00-00',
    dates: [],
    resources: [],
    image_group: [],
    original_title: service.title,
    print_title: service.title,
    tax_variant: null,
    vat_id: null,
    staff: service.staff.map((link) => ({
      id: link.staffId,
      seance_length: link.seanceLength,
      technological_card_id: 0,
      image_url: '',
      price: null,
      name: store.staff.get(link.staffId)?.name ?? '',
    })),
  };
}

export function categoryToWire(store: Store, category: ServiceCategory) {
  const staff = new Set<number>();
  for (const service of store.services.values()) {
    if (service.categoryId === category.id) for (const link of service.staff) staff.add(link.staffId);
  }
  return {
    id: category.id,
    salon_service_id: category.id,
    title: category.title,
    api_id: '',
    weight: category.weight,
    staff: [...staff],
    is_chain: false,
  };
}
