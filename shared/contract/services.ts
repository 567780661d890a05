import { z } from 'zod';
import { Service } from '../domain/service';
import { AtLocation, type Slice } from './common';

export const servicesContract = {
  /** Services with each member's own length, for booking. */
  'services.list': { input: AtLocation, output: z.array(Service) },
} as const satisfies Slice;
