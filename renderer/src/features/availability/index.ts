export { availabilityKeys, slotProblem, useBookableDates, useFreeTimes } from './api';
export { FreeSlotFinder } from './FreeSlotFinder';
