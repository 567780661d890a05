import type { CustomField, Label } from '../store/types';

const ENTITY_SLUGS = ['common', 'client', 'record', 'activity'];

/** Label endpoints send colours with '#'. */
export function labelToWire(label: Label) {
  return {
    id: label.id,
    salon_id: label.locationId,
    company_id: label.locationId,
    title: label.title,
    color: label.color,
    icon: label.icon,
    entity: label.entity,
    entity_slug: ENTITY_SLUGS[label.entity] ?? 'common',
    deleted: label.deleted ? 1 : 0,
    is_deleted: label.deleted,
    not_editable: 0,
    is_editable: true,
    font_color: '#ffffff',
    slug: '',
  };
}

/** Labels on records: colours without '#'. */
export function recordLabelToWire(label: Label) {
  return {
    id: label.id,
    title: label.title,
    color: label.color.replace(/^#/, ''),
    icon: label.icon,
    font_color: 'ffffff',
  };
}

export function customFieldToWire(field: CustomField) {
  return {
    id: field.id,
    salon_id: field.locationId,
    custom_field: {
      id: field.id,
      code: field.code,
      entity_type: null,
      show_in_ui: field.showInUi,
      title: field.title,
      user_can_edit: field.userCanEdit,
      type: { code: field.type, title: field.type },
      values: field.values,
    },
  };
}
