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
import { i18n } from '../../i18n';

type KnownIcon = (typeof LABEL_ICONS)[number];
type SvgIconComponent = typeof BlockIcon;

const messages = i18n('labels/labelIcons', {
  none: 'No icon',
  tag: 'Tag',
  star: 'Star',
  user: 'Person',
  unlock: 'Unlock',
  heart: 'Heart',
  flag: 'Flag',
  bell: 'Bell',
  gift: 'Gift',
  crown: 'Crown',
});

/** How each of Altegio's icon names is drawn (its name is read in the language shown). */
const ICONS: Record<KnownIcon, SvgIconComponent> = {
  '': BlockIcon,
  tag: LocalOfferIcon,
  star: StarIcon,
  user: PersonIcon,
  unlock: LockOpenIcon,
  heart: FavoriteIcon,
  flag: FlagIcon,
  bell: NotificationsIcon,
  gift: CardGiftcardIcon,
  crown: WorkspacePremiumIcon,
};

const isKnown = (icon: string): icon is KnownIcon => (LABEL_ICONS as readonly string[]).includes(icon);

/** An icon name Altegio sent that Frontdesk has no picture for keeps its name and a generic tag. */
export function labelIcon(icon: string): { name: string; Icon: SvgIconComponent } {
  if (!isKnown(icon)) return { name: icon, Icon: LocalOfferIcon };
  return { name: messages.get()[icon || 'none'], Icon: ICONS[icon] };
}

/** The icons the dialog offers: Altegio's known ones, plus the label's own if it is another. */
export function iconChoices(current: string): string[] {
  return isKnown(current) ? [...LABEL_ICONS] : [...LABEL_ICONS, current];
}
