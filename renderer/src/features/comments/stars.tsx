import Rating from '@mui/material/Rating';
import { i18n, plural } from '../../i18n';

const messages = i18n('comments/stars', {
  stars: plural({ one: '{count} star', other: '{count} stars' }),
});

/** "4 stars", "1 star": the words for a rating, on screen readers and in the rating input. */
export function starsLabel(value: number): string {
  return messages.get().stars(value);
}

/** A rating shown as stars, named in words. */
export function Stars({ value, precision = 1 }: { value: number; precision?: number }) {
  return (
    <Rating
      value={value}
      precision={precision}
      readOnly
      size="small"
      getLabelText={(shown) => starsLabel(Math.round(shown * 100) / 100)}
    />
  );
}
