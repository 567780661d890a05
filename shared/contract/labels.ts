import { z } from 'zod';
import { Id } from '../domain/common';
import { Label, LabelInput } from '../domain/label';
import { AtLocation, type Slice } from './common';
import { LABEL_TARGETS } from '../domain/labelTargets';

/** What a label is put on, as the desk sees it; Altegio's "common" labels fit both and come with each. */
export const LabelTarget = z.enum(LABEL_TARGETS);
export type LabelTarget = z.infer<typeof LabelTarget>;

export const LabelsRequest = AtLocation.extend({ target: LabelTarget });
export type LabelsRequest = z.input<typeof LabelsRequest>;

const OneLabel = AtLocation.extend({ id: Id });

export const labelsContract = {
  'labels.list': { input: LabelsRequest, output: z.array(Label) },
  'labels.create': { input: AtLocation.extend({ label: LabelInput }), output: Label },
  /** Altegio answers a bare "Accepted": main reads the label back. */
  'labels.update': { input: OneLabel.extend({ label: LabelInput }), output: Label },
  'labels.remove': { input: OneLabel, output: z.null() },
} as const satisfies Slice;
