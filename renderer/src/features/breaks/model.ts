import type { Service } from '../../../../shared/domain/service';

export function breakText(seconds: number | null): string {
  if (seconds === null) return 'Altegio’s location default';
  return seconds === 0 ? 'None' : `${seconds / 60} min`;
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
