import type { Service } from '../../../../shared/domain/service';
import { i18n, params } from '../../i18n';

const messages = i18n('breaks/model', {
  locationDefault: 'Altegio’s location default',
  none: 'None',
  minutes: params('{minutes} min'),
});

export function breakText(seconds: number | null): string {
  const t = messages.get();
  if (seconds === null) return t.locationDefault;
  return seconds === 0 ? t.none : t.minutes({ minutes: seconds / 60 });
}

export interface ServiceBreakRow {
  id: number;
  title: string;
  durationMinutes: number;
  breakSeconds: number | null;
}

/** The services with their own break, by title; those that follow the location default say so. */
export function serviceBreakRows(services: readonly Service[]): ServiceBreakRow[] {
  return services
    .map((service) => ({
      id: service.id,
      title: service.title,
      durationMinutes: Math.round(service.durationSeconds / 60),
      breakSeconds: service.technicalBreakSeconds,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
