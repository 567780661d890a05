export { useVisitMoveDialog, type VisitMoveEntry } from './useVisitMoveDialog';
