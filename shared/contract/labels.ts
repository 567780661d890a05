import { z } from 'zod';
import { Label } from '../domain/label';
import { AtLocation, type Slice } from './common';

/** What a label is put on, as the desk sees it; Altegio's "common" labels fit both and come with each. */
export const LabelTarget = z.enum(['appointment', 'client']);
export type LabelTarget = z.infer<typeof LabelTarget>;

export const LabelsRequest = AtLocation.extend({ target: LabelTarget });
export type LabelsRequest = z.input<typeof LabelsRequest>;

export const labelsContract = {
  'labels.list': { input: LabelsRequest, output: z.array(Label) },
} as const satisfies Slice;
