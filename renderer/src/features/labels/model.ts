import type { LabelTarget } from '../../../../shared/contract/labels';
import type { LabelRef } from '../../../../shared/domain/common';
import type { Label, LabelEntity, LabelInput } from '../../../../shared/domain/label';
import { i18n } from '../../i18n';

/**
 * Twelve colours a desk tells apart at a glance, each dark or light enough for its chip's text to reach
 * 4.5:1 (WCAG AA) with white or near-black.
 */
const messages = i18n('labels/model', {
  red: 'Red',
  pink: 'Pink',
  purple: 'Purple',
  deepPurple: 'Deep purple',
  indigo: 'Indigo',
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  amber: 'Amber',
  orange: 'Orange',
  brown: 'Brown',
  blueGrey: 'Blue grey',
});

/** A palette entry whose name is read in the language shown. */
function swatch(
  key: keyof ReturnType<typeof messages.get>,
  colour: string,
): { name: string; colour: string } {
  return {
    get name() {
      return messages.get()[key];
    },
    colour,
  };
}

export const LABEL_PALETTE: ReadonlyArray<{ name: string; colour: string }> = [
  swatch('red', '#d32f2f'),
  swatch('pink', '#d81b60'),
  swatch('purple', '#8e24aa'),
  swatch('deepPurple', '#5e35b1'),
  swatch('indigo', '#3949ab'),
  swatch('blue', '#1976d2'),
  swatch('teal', '#00796b'),
  swatch('green', '#43a047'),
  swatch('amber', '#ffb300'),
  swatch('orange', '#fb8c00'),
  swatch('brown', '#6d4c41'),
  swatch('blueGrey', '#546e7a'),
];

/** What a chip without a colour of its own is drawn in (the calendar's default). */
export const DEFAULT_LABEL_COLOUR = '#546e7a';

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#212121';
const BLACK_TEXT = '#000000';

/**
 * A colour as the domain keeps it ('#rrggbb', lower case) from what a person typed or pasted: '#ABC123',
 * 'abc123' and ' #abc123 ' are all '#abc123'; anything else ('red', '#12345', '#abc') is null.
 */
export function parseColour(typed: string): string | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(typed.trim());
  return match?.[1] ? `#${match[1].toLowerCase()}` : null;
}

function relativeLuminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The WCAG contrast ratio of two '#rrggbb' colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

const textColours = new Map<string | null, string>();

/** White or near-black, whichever reads better on the label's colour (a busy day asks hundreds of times). */
export function labelTextColour(background: string | null): string {
  let text = textColours.get(background);
  if (text === undefined) {
    const colour = (background && parseColour(background)) ?? DEFAULT_LABEL_COLOUR;
    text = contrastRatio(colour, LIGHT_TEXT) >= contrastRatio(colour, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
    // Mid-tones (Altegio's #e91e63, say) reach 4.5:1 with neither; pure black always does then.
    if (contrastRatio(colour, text) < 4.5 && contrastRatio(colour, BLACK_TEXT) > contrastRatio(colour, text))
      text = BLACK_TEXT;
    if (textColours.size < 1000) textColours.set(background, text);
  }
  return text;
}

/** The entity a tab's own labels have in Altegio. */
export function ownEntity(target: LabelTarget): LabelEntity {
  return target === 'appointment' ? 'record' : 'client';
}

/** Whether a label is offered for appointments (or clients): its own kind, or common to both. */
export function fitsTarget(label: Pick<Label, 'entity'>, target: LabelTarget): boolean {
  return label.entity === 'common' || label.entity === ownEntity(target);
}

/** A target's cached list after a save: the label replaced, added, or gone if it no longer fits. */
export function withSavedLabel(list: readonly Label[], saved: Label, target: LabelTarget): Label[] {
  const rest = list.filter((label) => label.id !== saved.id);
  if (!fitsTarget(saved, target)) return rest;
  const at = list.findIndex((label) => label.id === saved.id);
  if (at < 0) return [...rest, saved];
  return [...rest.slice(0, at), saved, ...rest.slice(at)];
}

export function withoutLabel(list: readonly Label[], id: number): Label[] {
  return list.filter((label) => label.id !== id);
}

/** The label as appointments embed it, for the cards to follow a rename or recolour. */
export function labelRefOf(label: Label): LabelRef {
  return { id: label.id, title: label.title, colour: label.colour };
}

/**
 * A label this desk made in an attempt whose answer was lost: same title, colour and kind, and not one the
 * desk knew before. Lets Retry finish the first attempt instead of making a second label.
 */
export function findCreated(
  listed: readonly Label[],
  input: LabelInput,
  knownIds: ReadonlySet<number>,
): Label | null {
  const same = listed.filter(
    (label) =>
      !knownIds.has(label.id) &&
      label.title === input.title.trim() &&
      label.colour === input.colour &&
      label.entity === input.entity,
  );
  return same.sort((a, b) => b.id - a.id)[0] ?? null;
}
