const timeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** What the calendar's grid and each column of the chain view share, spread into FullCalendar. */
export const commonGridOptions = {
  schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
  headerToolbar: false,
  height: '100%',
  allDaySlot: false,
  slotLabelInterval: '01:00',
  slotLabelFormat: timeFormat,
  eventTimeFormat: timeFormat,
  scrollTime: '08:00:00',
  nowIndicator: true,
  // Every view change asks the source: a cached range comes back at once, and the projection always
  // follows exactly the days on screen.
  lazyFetching: false,
  displayEventEnd: false,
  resourceOrder: 'order',
  // The card inside is the named tab stop; FullCalendar's wrapper would be a second, nameless one.
  eventInteractive: false,
} as const;
