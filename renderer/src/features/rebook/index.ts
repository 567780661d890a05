export { canRebook } from './canRebook';
export { useRebookDialog } from './useRebookDialog';
