import type { ResourceLabelMountArg } from '@fullcalendar/resource';

// The outline of Material's RateReview icon, inlined.
const REVIEW_ICON =
  'M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 14v-2.47l6.88-6.88c.2-.2.51-.2.71 0l1.77 1.77c.2.2.2.51 0 .71L8.47 14H6zm12 0h-7.5l2-2H18v2z';
// The outline of Material's Schedule (clock) icon, inlined.
const HOURS_ICON =
  'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z';
const SVG = 'http://www.w3.org/2000/svg';

function iconButton(className: string, label: string, iconPath: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.title = label;
  button.setAttribute('aria-label', label);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', iconPath);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  button.append(svg);
  return button;
}

/**
 * Adds buttons for a team member's working hours and reviews beside the column header's name. Plain DOM, once per header
 * mount: custom React content in every header (210 of them in a week of 30 members) would be rendered
 * again on each calendar redraw. The button only carries the member's id; the calendar's container
 * handles its click (one listener for every column).
 */
export function addReviewsButton(arg: ResourceLabelMountArg): void {
  const host = arg.el.querySelector('.fc-scrollgrid-sync-inner') ?? arg.el;
  if (host.querySelector('[data-member-reviews]')) return;
  const name = arg.resource.title;
  const hours = iconButton('fd-resource-reviews', `Working hours of ${name}`, HOURS_ICON);
  hours.dataset['memberHours'] = arg.resource.id;
  const reviews = iconButton('fd-resource-reviews', `Reviews of ${name}`, REVIEW_ICON);
  reviews.dataset['memberReviews'] = arg.resource.id;
  host.append(hours, reviews);
}

/** The team member whose reviews button a click landed on, or null. */
export function reviewsButtonMember(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('[data-member-reviews]');
  const id = Number(button?.dataset['memberReviews']);
  return button && Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The team member and local date whose working-hours button a click landed on, or null. The date is the
 * header cell's (week views, where each day has its own member headers); null in the day view, whose
 * headers are the shown day's.
 */
export function hoursButtonTarget(
  target: EventTarget | null,
): { memberId: number; date: string | null } | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('[data-member-hours]');
  const memberId = Number(button?.dataset['memberHours']);
  if (!button || !Number.isInteger(memberId) || memberId <= 0) return null;
  const date = button.closest<HTMLElement>('[data-date]')?.dataset['date'] ?? null;
  return { memberId, date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
}
