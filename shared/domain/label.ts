import { z } from 'zod';
import { HexColour, Id } from './common';

/** What a label can be put on; Altegio codes 0–3 in this order. */
export const LabelEntity = z.enum(['common', 'client', 'record', 'activity']);
export type LabelEntity = z.infer<typeof LabelEntity>;

export const Label = z.object({
  id: Id,
  title: z.string(),
  colour: HexColour,
  icon: z.string(),
  entity: LabelEntity,
  editable: z.boolean(),
});
export type Label = z.infer<typeof Label>;

export const LabelInput = z.object({
  title: z.string().trim().min(1),
  colour: HexColour,
  entity: LabelEntity,
  icon: z.string().optional(),
});
export type LabelInput = z.infer<typeof LabelInput>;
