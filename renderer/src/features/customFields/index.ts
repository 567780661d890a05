export { customFieldsKeys, useCustomFields } from './api';
export { CustomFieldsSettings } from './CustomFieldsSettings';
export { CustomFieldInput } from './CustomFieldInput';
export {
  customFieldProblem,
  customFieldToForm,
  customFieldToWire,
  type CustomFieldFormValue,
} from './fieldValues';
export { shownValues } from './model';
