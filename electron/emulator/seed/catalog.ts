// Static seed material: what a salon owner would expect to see in a demo.

export type CategoryKey = 'hair' | 'colour' | 'styling' | 'nails' | 'skin' | 'massage';

export interface ServiceSpec {
  title: string;
  minutes: number;
  price: [number, number];
  breakMinutes?: number;
  capacity?: number;
}

export const CATEGORIES: ReadonlyArray<{ key: CategoryKey; title: string; services: ServiceSpec[] }> = [
  {
    key: 'hair',
    title: 'Haircuts',
    services: [
      { title: "Women's haircut", minutes: 60, price: [65, 85] },
      { title: "Men's haircut", minutes: 30, price: [35, 45] },
      { title: "Children's haircut", minutes: 30, price: [25, 25] },
      { title: 'Fringe trim', minutes: 15, price: [15, 15] },
      { title: 'Haircut and blow-dry', minutes: 75, price: [85, 110] },
      { title: 'Beard trim', minutes: 20, price: [20, 20] },
      { title: 'Clipper cut', minutes: 30, price: [30, 30] },
    ],
  },
  {
    key: 'colour',
    title: 'Colouring',
    services: [
      { title: 'Root touch-up', minutes: 90, price: [85, 95], breakMinutes: 15 },
      { title: 'Full colour', minutes: 120, price: [120, 160], breakMinutes: 15 },
      { title: 'Balayage', minutes: 180, price: [220, 300], breakMinutes: 15 },
      { title: 'Highlights, half head', minutes: 120, price: [140, 140] },
      { title: 'Toner and gloss', minutes: 45, price: [55, 55] },
      { title: 'Colour correction', minutes: 210, price: [300, 450], breakMinutes: 30 },
      { title: 'Grey blending', minutes: 60, price: [70, 70] },
    ],
  },
  {
    key: 'styling',
    title: 'Styling and treatments',
    services: [
      { title: 'Blow-dry', minutes: 45, price: [45, 55] },
      { title: 'Updo', minutes: 60, price: [85, 85] },
      { title: 'Bridal hair trial', minutes: 90, price: [120, 120] },
      { title: 'Curls and waves', minutes: 45, price: [55, 55] },
      { title: 'Keratin treatment', minutes: 150, price: [250, 250], breakMinutes: 15 },
      { title: 'Deep conditioning', minutes: 30, price: [35, 35] },
      { title: 'Styling masterclass (group)', minutes: 90, price: [60, 60], capacity: 6 },
    ],
  },
  {
    key: 'nails',
    title: 'Nails',
    services: [
      { title: 'Classic manicure', minutes: 45, price: [35, 35] },
      { title: 'Gel manicure', minutes: 60, price: [50, 50] },
      { title: 'Classic pedicure', minutes: 60, price: [50, 50] },
      { title: 'Gel pedicure', minutes: 75, price: [65, 65] },
      { title: 'Acrylic full set', minutes: 90, price: [75, 85], breakMinutes: 10 },
      { title: 'Gel removal', minutes: 20, price: [15, 15] },
      { title: 'Nail art workshop (group)', minutes: 120, price: [45, 45], capacity: 8 },
    ],
  },
  {
    key: 'skin',
    title: 'Skin and brows',
    services: [
      { title: 'Classic facial', minutes: 60, price: [85, 85] },
      { title: 'Hydrating facial', minutes: 75, price: [110, 110] },
      { title: 'Chemical peel', minutes: 45, price: [120, 120], breakMinutes: 15 },
      { title: 'Brow shaping', minutes: 20, price: [25, 25] },
      { title: 'Brow tint', minutes: 20, price: [20, 20] },
      { title: 'Lash lift', minutes: 60, price: [75, 75] },
      { title: 'Leg waxing', minutes: 45, price: [60, 60] },
    ],
  },
  {
    key: 'massage',
    title: 'Massage',
    services: [
      { title: 'Swedish massage', minutes: 60, price: [90, 90] },
      { title: 'Deep tissue massage', minutes: 60, price: [105, 105] },
      { title: 'Hot stone massage', minutes: 90, price: [140, 140], breakMinutes: 15 },
      { title: 'Head and shoulders massage', minutes: 30, price: [50, 50] },
      { title: 'Aromatherapy massage', minutes: 75, price: [120, 120] },
    ],
  },
];

export const POSITIONS: Record<CategoryKey | 'senior', string> = {
  senior: 'Senior stylist',
  hair: 'Stylist',
  styling: 'Stylist',
  colour: 'Colourist',
  nails: 'Nail technician',
  skin: 'Beautician',
  massage: 'Massage therapist',
};

/** Working-hour patterns as [ISO weekdays, "HH:MM-HH:MM" slots]. */
export type HoursPattern = { days: number[]; slots: Array<[string, string]> };

export const HOURS = {
  weekdays: {
    days: [1, 2, 3, 4, 5],
    slots: [
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ],
  },
  tueSat: { days: [2, 3, 4, 5, 6], slots: [['10:00', '19:00']] },
  partTimeMwf: { days: [1, 3, 5], slots: [['12:00', '20:00']] },
  partTimeTtS: { days: [2, 4, 6], slots: [['09:00', '15:00']] },
  mornings: { days: [1, 2, 3, 4, 5], slots: [['09:00', '13:00']] },
  wedSat: { days: [3, 4, 5, 6], slots: [['12:00', '20:00']] },
  weekdaysLate: { days: [1, 2, 3, 4, 5], slots: [['11:00', '20:00']] },
  everyDayLong: { days: [1, 2, 3, 4, 5, 6, 7], slots: [['08:00', '22:00']] },
} satisfies Record<string, HoursPattern>;

export interface StaffSpec {
  name: string;
  position: CategoryKey | 'senior';
  skills: CategoryKey[];
  hours: HoursPattern;
  specialization: string;
  /** `hidden: 1`: not offered online, still working at the desk (and shown in the calendar). */
  hidden?: boolean;
  /** No position: the wire sends `position: []` and `position_id: 0`. */
  noPosition?: boolean;
}

export const SALON_STAFF: StaffSpec[] = [
  {
    name: 'Emma Johnson',
    position: 'senior',
    skills: ['hair', 'styling'],
    hours: HOURS.weekdays,
    specialization: 'Precision cuts, bridal styling',
  },
  {
    name: 'Liam Carter',
    position: 'hair',
    skills: ['hair'],
    hours: HOURS.tueSat,
    specialization: 'Barber, fades and beards',
  },
  {
    name: 'Olivia Martinez',
    position: 'colour',
    skills: ['colour'],
    hours: HOURS.weekdays,
    specialization: 'Balayage and colour correction',
  },
  {
    name: 'Noah Kim',
    position: 'hair',
    skills: ['hair', 'styling'],
    hours: HOURS.tueSat,
    specialization: 'Cuts and blow-dries',
  },
  {
    name: 'Ava Thompson',
    position: 'senior',
    skills: ['hair', 'styling', 'colour'],
    hours: HOURS.partTimeMwf,
    specialization: 'Creative colour and cuts',
  },
  {
    name: 'Sophia Nguyen',
    position: 'nails',
    skills: ['nails'],
    hours: HOURS.weekdays,
    specialization: 'Gel and nail art',
  },
  {
    name: 'Mia Robinson',
    position: 'nails',
    skills: ['nails'],
    hours: HOURS.tueSat,
    specialization: 'Manicure and pedicure',
  },
  {
    name: 'Isabella Rossi',
    position: 'skin',
    skills: ['skin'],
    hours: HOURS.weekdays,
    specialization: 'Facials and peels',
  },
  {
    name: 'Ethan Brooks',
    position: 'massage',
    skills: ['massage'],
    hours: HOURS.tueSat,
    specialization: 'Deep tissue and sports massage',
  },
  {
    name: 'Charlotte Evans',
    position: 'colour',
    skills: ['colour'],
    hours: HOURS.partTimeTtS,
    specialization: 'Highlights and toning',
    hidden: true,
  },
  {
    name: 'Lucas Meyer',
    position: 'hair',
    skills: ['hair'],
    hours: HOURS.mornings,
    specialization: 'Classic cuts',
  },
  {
    name: 'Amelia Clarke',
    position: 'skin',
    skills: ['skin'],
    hours: HOURS.wedSat,
    specialization: 'Brows and lashes',
    noPosition: true,
  },
];

/**
 * Former members, as real locations keep them: fired ones (`fired: 1`, usually also `status: 1` and
 * `hidden: 1`, with a past `schedule_till` and their service links kept) and removed ones (`status: 1`).
 * They have no column in the calendar, no working time and no appointments.
 */
export interface FormerStaffSpec {
  name: string;
  position: CategoryKey | 'senior' | null;
  specialization: string;
  fired: boolean;
  removed: boolean;
  weight: number;
  hours: HoursPattern;
  /** `schedule_till` as days before today; null = none ("1970-01-01"). */
  lastDayAgo: number | null;
  /** Services still listing the member. */
  serviceTitles: string[];
}

export const FORMER_SALON_STAFF: FormerStaffSpec[] = [
  {
    // Fired but not (yet) removed: only `fired` tells that she has no column.
    name: 'Grace Holloway',
    position: 'hair',
    specialization: 'Cuts and blow-dries',
    fired: true,
    removed: false,
    weight: 6,
    hours: HOURS.weekdays,
    lastDayAgo: 45,
    serviceTitles: [],
  },
  {
    // Fired the way Altegio usually shows it: fired, removed and hidden at once.
    name: 'Harper Quinn',
    position: 'nails',
    specialization: 'Gel manicure',
    fired: true,
    removed: true,
    weight: 9,
    hours: HOURS.tueSat,
    lastDayAgo: 120,
    serviceTitles: ['Classic manicure', 'Gel manicure', 'Gel removal'],
  },
  {
    // Removed without being fired, and without a position (`position: []`).
    name: 'Jack Doyle',
    position: null,
    specialization: 'Reception',
    fired: false,
    removed: true,
    weight: 0,
    hours: HOURS.weekdays,
    lastDayAgo: null,
    serviceTitles: [],
  },
];

/** Catalogue entries with the shapes real locations have beside ordinary services. */
export interface ExtraServiceSpec {
  category: CategoryKey;
  title: string;
  /** Seconds; 0 happens in real data. */
  duration: number;
  price: [number, number];
  active: boolean;
  capacity: number;
  /** [member name, seance length in seconds]. */
  staff: Array<[string, number]>;
  comment?: string;
}

export const SALON_EXTRA_SERVICES: ExtraServiceSpec[] = [
  {
    // No default length; each colourist has their own.
    category: 'colour',
    title: 'Colour consultation',
    duration: 0,
    price: [0, 0],
    active: true,
    capacity: 0,
    staff: [
      ['Olivia Martinez', 900],
      ['Ava Thompson', 900],
      ['Charlotte Evans', 900],
    ],
    comment: 'Free; strand test included',
  },
  {
    // As in real data: no length at all, switched off for online booking.
    category: 'skin',
    title: 'Microblading touch-up',
    duration: 0,
    price: [150, 150],
    active: false,
    capacity: 0,
    staff: [
      ['Isabella Rossi', 0],
      ['Amelia Clarke', 0],
    ],
  },
  {
    // An individual service with capacity 0, as real Altegio sends it for every non-group service.
    category: 'styling',
    title: 'Scalp treatment',
    duration: 1800,
    price: [40, 40],
    active: true,
    capacity: 0,
    staff: [
      ['Noah Kim', 1800],
      ['Ava Thompson', 1800],
    ],
  },
  {
    // Inactive: no longer offered online, still in the catalogue.
    category: 'hair',
    title: 'Classic perm',
    duration: 7200,
    price: [110, 140],
    active: false,
    capacity: 1,
    staff: [
      ['Noah Kim', 7200],
      ['Lucas Meyer', 7200],
    ],
  },
];

export const STUDIO_STAFF: StaffSpec[] = [
  {
    name: 'Aigerim Sadykova',
    position: 'nails',
    skills: ['nails'],
    hours: HOURS.weekdaysLate,
    specialization: 'Gel manicure',
  },
  {
    name: 'Dana Abenova',
    position: 'nails',
    skills: ['nails'],
    hours: HOURS.tueSat,
    specialization: 'Pedicure and nail art',
  },
  {
    name: 'Timur Akhmetov',
    position: 'massage',
    skills: ['massage'],
    hours: HOURS.weekdays,
    specialization: 'Therapeutic massage',
  },
  {
    name: 'Madina Seitkali',
    position: 'skin',
    skills: ['skin'],
    hours: HOURS.weekdaysLate,
    specialization: 'Facials',
  },
  {
    name: 'Arman Zhaksylykov',
    position: 'massage',
    skills: ['massage'],
    hours: HOURS.wedSat,
    specialization: 'Hot stone',
  },
];

export const SPA_STAFF: StaffSpec[] = [
  {
    name: 'Lena Hoffmann',
    position: 'massage',
    skills: ['massage'],
    hours: HOURS.weekdays,
    specialization: 'Relaxation',
  },
  {
    name: 'Jonas Weber',
    position: 'massage',
    skills: ['massage'],
    hours: HOURS.tueSat,
    specialization: 'Sports massage',
  },
];

export const FIRST_NAMES = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Daniel',
  'Karen',
  'Matthew',
  'Nancy',
  'Anthony',
  'Lisa',
  'Mark',
  'Betty',
  'Steven',
  'Sandra',
  'Paul',
  'Ashley',
  'Andrew',
  'Emily',
  'Joshua',
  'Michelle',
  'Kevin',
  'Amanda',
  'Brian',
  'Melissa',
  'George',
  'Stephanie',
  'Ryan',
  'Rebecca',
  'Jacob',
  'Laura',
  'Gary',
  'Hannah',
  'Nicholas',
  'Megan',
  'Eric',
  'Rachel',
  'Aliya',
  'Nurlan',
  'Zhanna',
  'Yerlan',
  'Saule',
  'Asel',
  'Daniyar',
  'Kamila',
  'Ruslan',
  'Leila',
];

export const LAST_NAMES = [
  'Smith',
  'Brown',
  'Davis',
  'Miller',
  'Wilson',
  'Moore',
  'Taylor',
  'Anderson',
  'Thomas',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Garcia',
  'Lewis',
  'Walker',
  'Hall',
  'Allen',
  'Young',
  'King',
  'Wright',
  'Lopez',
  'Hill',
  'Scott',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Mitchell',
  'Perez',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Collins',
  'Edwards',
  'Stewart',
  'Morris',
  'Murphy',
  'Cook',
  'Rogers',
  'Reed',
  'Bailey',
  'Bell',
  'Cooper',
  'Richardson',
  'Cox',
  'Howard',
  'Ward',
  'Iskakova',
  'Omarov',
  'Bekova',
  'Tulegenov',
  'Kassymova',
  'Nurpeisov',
  'Zhumabayeva',
  'Alimov',
  'Serikova',
  'Dzhaksybekov',
];

export const RECORD_COMMENTS = [
  'Prefers a quiet appointment',
  'Running 5 minutes late',
  'Bring the colour chart',
  'First visit, referred by a friend',
  'Allergic to latex gloves',
  'Wants to keep the length',
  'Gift voucher',
  'Asked for a window seat',
];

/** Comments of appointments that block time without a client or services. */
export const BLOCKED_TIME_COMMENTS = ['Staff training', 'Personal time', 'Supplier visit', 'Deep clean'];

export const REVIEW_TEXTS: Array<[number, string]> = [
  [5, 'Absolutely loved the result, will be back!'],
  [5, 'Friendly staff and a relaxing atmosphere.'],
  [5, 'Best haircut I have had in years.'],
  [4, 'Great service, a little wait at the start.'],
  [4, 'Very professional, slightly pricey.'],
  [5, 'My nails look amazing and lasted three weeks.'],
  [3, 'Good result but the appointment ran late.'],
  [4, 'Nice massage, the room was a bit cold.'],
  [2, 'Colour came out darker than I asked for.'],
  [5, 'Always on time and so careful with details.'],
  [1, 'My booking was lost, had to come back another day.'],
  [4, 'Lovely facial, skin feels great.'],
];

export const GOODS = [
  { title: 'Argan oil serum 50 ml', price: 28 },
  { title: 'Volume shampoo 250 ml', price: 22 },
  { title: 'Cuticle oil', price: 12 },
  { title: 'Hydrating face mask', price: 18 },
];
