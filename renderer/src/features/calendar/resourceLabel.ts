import type { ResourceLabelMountArg } from '@fullcalendar/resource';

// The outline of Material's RateReview icon, inlined.
const REVIEW_ICON =
  'M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 14v-2.47l6.88-6.88c.2-.2.51-.2.71 0l1.77 1.77c.2.2.2.51 0 .71L8.47 14H6zm12 0h-7.5l2-2H18v2z';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Adds a button to a team member's reviews beside the column header's name. Plain DOM, once per header
 * mount: custom React content in every header (210 of them in a week of 30 members) would be rendered
 * again on each calendar redraw. The button only carries the member's id; the calendar's container
 * handles its click (one listener for every column).
 */
export function addReviewsButton(arg: ResourceLabelMountArg): void {
  const host = arg.el.querySelector('.fc-scrollgrid-sync-inner') ?? arg.el;
  if (host.querySelector('[data-member-reviews]')) return;
  const name = arg.resource.title;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fd-resource-reviews';
  button.dataset['memberReviews'] = arg.resource.id;
  button.title = `Reviews of ${name}`;
  button.setAttribute('aria-label', `Reviews of ${name}`);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', REVIEW_ICON);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  button.append(svg);
  host.append(button);
}

/** The team member whose reviews button a click landed on, or null. */
export function reviewsButtonMember(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('[data-member-reviews]');
  const id = Number(button?.dataset['memberReviews']);
  return button && Number.isInteger(id) && id > 0 ? id : null;
}
