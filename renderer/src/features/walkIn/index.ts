export { walkInKeys } from './api';
export { WalkInDialog } from './WalkInDialog';
export { walkInNotice } from './model';
export { useWalkInDialog } from './useWalkInDialog';
