export { labelsKeys, useLabels } from './api';
export { LabelChip } from './LabelChip';
export { LabelsSettings } from './LabelsSettings';
export { labelTextColour } from './model';
