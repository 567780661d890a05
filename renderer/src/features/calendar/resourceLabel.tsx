import type { ResourceLabelContentArg } from '@fullcalendar/resource';

// The outline of Material's RateReview icon, inlined: MUI components inside every column header would
// cost a render per column on each redraw.
const REVIEW_ICON =
  'M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 14v-2.47l6.88-6.88c.2-.2.51-.2.71 0l1.77 1.77c.2.2.2.51 0 .71L8.47 14H6zm12 0h-7.5l2-2H18v2z';

/**
 * A team member's column header: the name and a button to their reviews. The button only carries the
 * member's id; the calendar's container handles its click (one listener for every column).
 */
export function renderResourceLabel(arg: ResourceLabelContentArg) {
  const name = arg.resource.title;
  return (
    <span className="fd-resource-label">
      <span className="fd-resource-name">{name}</span>
      <button
        type="button"
        className="fd-resource-reviews"
        data-member-reviews={arg.resource.id}
        title={`Reviews of ${name}`}
        aria-label={`Reviews of ${name}`}
      >
        <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
          <path d={REVIEW_ICON} fill="currentColor" />
        </svg>
      </button>
    </span>
  );
}

/** The team member whose reviews button a click landed on, or null. */
export function reviewsButtonMember(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('[data-member-reviews]');
  const id = Number(button?.dataset['memberReviews']);
  return button && Number.isInteger(id) && id > 0 ? id : null;
}
