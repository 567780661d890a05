export { availabilityKeys, problemWords, slotProblem, useBookableDates, useFreeTimes } from './api';
export { FreeSlotFinder } from './FreeSlotFinder';
