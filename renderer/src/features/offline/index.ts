export { keptRange, keptTeam, keptWorkingHours, liveOrKept } from './kept';
export { OfflineBanner } from './OfflineBanner';
export { useReadOnly } from './useReadOnly';
export { ReadOnlyHint } from './ReadOnlyHint';
export { ReadOnlyNote } from './ReadOnlyNote';
