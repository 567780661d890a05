export { RunningLateDialog } from './RunningLateDialog';
export { useRunningLateDialog } from './useRunningLateDialog';
