export { BreaksSettings } from './BreaksSettings';
