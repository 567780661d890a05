import type { SvgIconComponent } from '@mui/icons-material';
import type { FeatureEntry } from '../featureEntry';
import { EmptyState } from './EmptyState';

/** The entry of a section whose screens are not built yet: its page says what will be there. */
export function plannedFeature(
  id: string,
  label: string,
  description: string,
  Icon: SvgIconComponent,
): FeatureEntry {
  function PlannedSection() {
    return <EmptyState title={label} description={description} icon={<Icon />} />;
  }
  return { id, label, description, icon: Icon, page: PlannedSection, commands: [] };
}
