import type { ResourceLabelMountArg } from '@fullcalendar/resource';
import { DateTime } from 'luxon';
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';

const messages = i18n('calendar/resourceLabel', {
  hours: params('Working hours of {name}'),
  hoursOn: params('Working hours of {name}, {day}'),
  reviews: params('Reviews of {name}'),
});

// Plain buttons whose icons are CSS masks (calendar.css): no SVG nodes in each of the headers.
let templates: { hours: HTMLButtonElement; reviews: HTMLButtonElement } | null = null;

function template(className: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `fd-resource-button ${className}`;
  return button;
}

/** `label(name)`: the tooltip isolates the name; the accessible name is read, not laid out, so it stays plain. */
function labelled(
  source: HTMLButtonElement,
  label: (name: string) => string,
  name: string,
): HTMLButtonElement {
  const button = source.cloneNode() as HTMLButtonElement;
  button.title = label(isolate(name));
  button.setAttribute('aria-label', label(name));
  return button;
}

/**
 * Adds buttons for a team member's working hours and reviews beside the column header's name. Plain
 * DOM, once per header mount: custom React content in every header (210 of them in a week of 30 members)
 * would be rendered again on each calendar redraw. The buttons only carry the member's id; the calendar's
 * container handles their clicks (one listener for every column).
 */
export function addHeaderButtons(arg: ResourceLabelMountArg): void {
  const host = arg.el.querySelector('.fc-scrollgrid-sync-inner') ?? arg.el;
  if (host.querySelector('[data-member-reviews]')) return;
  templates ??= { hours: template('fd-resource-hours'), reviews: template('fd-resource-reviews') };
  const name = arg.resource.title;
  // The header shows at most two lines of the name (calendar.css); the whole of it on hover.
  host.querySelector<HTMLElement>('.fc-col-header-cell-cushion')?.setAttribute('title', isolate(name));
  // Week views repeat each member's header under every day: the date tells their buttons apart.
  const date = arg.el.dataset['date'];
  const day = date ? DateTime.fromISO(date) : null;
  const onDay = day?.isValid ? day.toFormat('ccc d LLL') : null;
  const t = messages.get();
  const hours = labelled(
    templates.hours,
    (who) => (onDay ? t.hoursOn({ name: who, day: onDay }) : t.hours({ name: who })),
    name,
  );
  hours.dataset['memberHours'] = arg.resource.id;
  const reviews = labelled(templates.reviews, (who) => t.reviews({ name: who }), name);
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
