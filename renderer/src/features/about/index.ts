export { AboutButton } from './AboutButton';
