export type { StaffOutStart } from './StaffOutDialog';
export { useStaffOutDialog } from './useStaffOutDialog';
