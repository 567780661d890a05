export { customFieldsKeys, useCustomFields } from './api';
export { CustomFieldsSettings } from './CustomFieldsSettings';
export { shownValues } from './model';
