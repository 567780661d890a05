export { walkInKeys } from './api';
export { walkInNotice } from './walkInNotice';
export { useWalkInDialog } from './useWalkInDialog';
