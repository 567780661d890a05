import { z } from 'zod';
import { HexColour, Id, type LabelRef } from './common';

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

export const LABEL_LIMITS = { maxTitle: 50, maxIcon: 40 } as const;

/**
 * Icons offered when making a label ("" = none): tag, star, user and unlock are seen in real replies, the
 * others are common icon names. A label keeps whatever icon Altegio already gave it.
 */
export const LABEL_ICONS = [
  '',
  'tag',
  'star',
  'user',
  'unlock',
  'heart',
  'flag',
  'bell',
  'gift',
  'crown',
] as const;

export const LabelInput = z.object({
  title: z.string().trim().min(1, 'issue.label.title').max(LABEL_LIMITS.maxTitle, 'issue.label.titleTooLong'),
  colour: HexColour,
  entity: LabelEntity,
  icon: z
    .string()
    .max(LABEL_LIMITS.maxIcon, 'issue.label.icon')
    .regex(/^[A-Za-z0-9_-]*$/, 'issue.label.icon')
    .optional(),
});
export type LabelInput = z.infer<typeof LabelInput>;

/** What a label edit means for the appointments that carry it. */
export type LabelChange = { kind: 'changed'; label: LabelRef } | { kind: 'removed'; id: number };
