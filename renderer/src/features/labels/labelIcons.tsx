import BlockIcon from '@mui/icons-material/Block';
import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import FavoriteIcon from '@mui/icons-material/Favorite';
import FlagIcon from '@mui/icons-material/Flag';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PersonIcon from '@mui/icons-material/Person';
import StarIcon from '@mui/icons-material/Star';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { LABEL_ICONS } from '../../../../shared/domain/label';

type KnownIcon = (typeof LABEL_ICONS)[number];
type SvgIconComponent = typeof BlockIcon;

/** How each of Altegio's icon names is drawn and called here. */
const ICONS: Record<KnownIcon, { name: string; Icon: SvgIconComponent }> = {
  '': { name: 'No icon', Icon: BlockIcon },
  tag: { name: 'Tag', Icon: LocalOfferIcon },
  star: { name: 'Star', Icon: StarIcon },
  user: { name: 'Person', Icon: PersonIcon },
  unlock: { name: 'Unlock', Icon: LockOpenIcon },
  heart: { name: 'Heart', Icon: FavoriteIcon },
  flag: { name: 'Flag', Icon: FlagIcon },
  bell: { name: 'Bell', Icon: NotificationsIcon },
  gift: { name: 'Gift', Icon: CardGiftcardIcon },
  crown: { name: 'Crown', Icon: WorkspacePremiumIcon },
};

const isKnown = (icon: string): icon is KnownIcon => (LABEL_ICONS as readonly string[]).includes(icon);

/** An icon name Altegio sent that Frontdesk has no picture for keeps its name and a generic tag. */
export function labelIcon(icon: string): { name: string; Icon: SvgIconComponent } {
  return isKnown(icon) ? ICONS[icon] : { name: icon, Icon: LocalOfferIcon };
}

/** The icons the dialog offers: Altegio's known ones, plus the label's own if it is another. */
export function iconChoices(current: string): string[] {
  return isKnown(current) ? [...LABEL_ICONS] : [...LABEL_ICONS, current];
}
