/** "1 visit", "12 visits"; nothing when the count is not known. */
export function visitsText(count: number | null): string {
  if (count === null) return '';
  return count === 1 ? '1 visit' : `${count} visits`;
}
