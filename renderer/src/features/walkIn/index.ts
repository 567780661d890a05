export { walkInKeys } from './api';
export { walkInNotice } from './model';
export { useWalkInDialog } from './useWalkInDialog';
