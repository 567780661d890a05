export { DaySummaryBar } from './DaySummaryBar';
export { summarise, type DaySummary } from './model';
