export { visitsKeys, type VisitKey } from './api';
export { VisitDialog } from './VisitDialog';
