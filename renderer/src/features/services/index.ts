export { CATALOG_STALE_MS, servicesKeys, useServices } from './api';
