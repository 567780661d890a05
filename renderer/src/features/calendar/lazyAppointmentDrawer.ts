import { lazyPart } from '../../lazyPart';

/** The appointment drawer for another screen (the chain view): its own chunk, loaded when first opened. */
export const LazyAppointmentDrawer = lazyPart(() =>
  import('./AppointmentDrawer').then((module) => module.AppointmentDrawer),
);
