export { labelsKeys, useLabels } from './api';
