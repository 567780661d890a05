import Rating from '@mui/material/Rating';

/** "4 stars", "1 star": the words for a rating, on screen readers and in the rating input. */
export function starsLabel(value: number): string {
  return `${value} star${value === 1 ? '' : 's'}`;
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
