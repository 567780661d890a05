export { VisitMoveDialog } from './VisitMoveDialog';
export { useVisitMoveDialog, type VisitMoveEntry } from './useVisitMoveDialog';
