import type { SvgIconComponent } from '@mui/icons-material';
import { EmptyState } from './EmptyState';

/** The page of a section whose screens are not built yet: it says what will be there. */
export function plannedSection(title: string, description: string, Icon: SvgIconComponent) {
  return function PlannedSection() {
    return <EmptyState title={title} description={description} icon={<Icon />} />;
  };
}
