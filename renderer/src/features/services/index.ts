export { servicesKeys, useServices } from './api';
