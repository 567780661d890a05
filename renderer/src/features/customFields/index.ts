export { customFieldsKeys, useCustomFields } from './api';
