import { z } from 'zod';
import type { LabelTarget } from '../../../../shared/contract/labels';
import { LabelInput, type Label } from '../../../../shared/domain/label';
import { DEFAULT_LABEL_COLOUR, LABEL_PALETTE, ownEntity, parseColour } from './model';

/** The label dialog's inputs: the colour as typed, and whether the label is common to both kinds. */
export interface LabelFormValues {
  title: string;
  colourText: string;
  icon: string;
  common: boolean;
}

export function labelFormDefaults(label: Label | null): LabelFormValues {
  return {
    title: label?.title ?? '',
    colourText: label?.colour ?? LABEL_PALETTE[0]?.colour ?? DEFAULT_LABEL_COLOUR,
    icon: label?.icon ?? '',
    common: label?.entity === 'common',
  };
}

/** The dialog's checks: the shared rules for the title and icon, and a colour that parses. */
export const labelFormSchema: z.ZodType<LabelFormValues, LabelFormValues> = z.object({
  title: LabelInput.shape.title,
  colourText: z.string().refine((typed) => parseColour(typed) !== null, 'issue.colour'),
  icon: LabelInput.shape.icon.unwrap(),
  common: z.boolean(),
});

export function toLabelInput(values: LabelFormValues, target: LabelTarget): LabelInput {
  return LabelInput.parse({
    title: values.title,
    colour: parseColour(values.colourText),
    entity: values.common ? 'common' : ownEntity(target),
    icon: values.icon,
  });
}

/** A field a refusal names (Altegio's, or main's check of the request: `label.colour`) to the dialog's input. */
export function formFieldOfLabel(path: string): keyof LabelFormValues | null {
  const field = path.replace(/^label\./, '');
  if (field === 'title') return 'title';
  if (field === 'colour') return 'colourText';
  if (field === 'icon') return 'icon';
  if (field === 'entity') return 'common';
  return null;
}
