export { useRunningLateDialog } from './useRunningLateDialog';
