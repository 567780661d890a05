import { useQueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { ClientSearchHit } from '../../../../shared/domain/client';
import type { Location } from '../../../../shared/domain/location';
import { useBoundCommands, type BoundCommand } from '../../commands';
import type { FeatureEntry } from '../../featureEntry';
import { useLocale } from '../../i18n';
import { todayIn } from '../../time';
import { useDebounced } from '../../useDebounced';
import { loadedAppointments } from '../appointments';
import { useClientSearch } from '../clients';
import { useTeam } from '../team';
import { matchesWords, readPhrase, type Phrase } from './model';
import { phraseLanguages } from './words';

const MAX_APPOINTMENTS = 8;

export interface PaletteSources {
  phrase: Phrase | null;
  screens: readonly FeatureEntry[];
  actions: readonly BoundCommand[];
  clients: readonly ClientSearchHit[];
  clientsLoading: boolean;
  /** Two characters at least are needed to look clients up. */
  clientQuery: string;
  appointments: ReadonlyArray<{ appointment: Appointment; memberName: string }>;
}

/**
 * What the palette offers for the text typed: the sections, the commands the pages on screen bind, clients
 * through Altegio, appointments of the days loaded in the calendar, and what a phrase asks for.
 */
export function usePaletteSources(
  text: string,
  location: Location,
  sections: readonly FeatureEntry[],
): PaletteSources {
  const language = useLocale();
  const queryClient = useQueryClient();
  const team = useTeam(location.id);
  const bound = useBoundCommands();
  const phrase = readPhrase(text, todayIn(location.timezone), phraseLanguages(language));
  const typed = text.trim();
  // "go to settings" is no date, but it names a screen.
  const screenQuery = phrase?.kind === 'unclear' && phrase.part === 'date' ? phrase.text : typed;
  const clientQuery = phrase?.kind === 'book' ? phrase.client : phrase ? '' : typed;
  const asked = useDebounced(clientQuery);
  const search = useClientSearch(location.id, asked);
  const searching = clientQuery.trim().length >= 2;

  // Read from the cache at each keystroke: the days loaded now, as the calendar has them.
  const names = new Map((team.data ?? []).map((member) => [member.id, member.name]));
  const appointments =
    phrase || typed.length < 2
      ? []
      : loadedAppointments(queryClient, location.id)
          .map((appointment) => ({ appointment, memberName: names.get(appointment.teamMemberId) ?? '' }))
          .filter(({ appointment, memberName }) =>
            matchesWords(
              typed,
              appointment.client?.name ?? '',
              appointment.client?.phone ?? '',
              memberName,
              ...appointment.services.map((service) => service.title),
            ),
          )
          .sort((a, b) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start))
          .slice(0, MAX_APPOINTMENTS);

  return {
    phrase,
    screens: sections.filter((section) => matchesWords(screenQuery, section.label, section.description)),
    actions: bound.filter(
      ({ command }) => command.id !== 'palette.open' && matchesWords(typed, command.label),
    ),
    clients: searching ? (search.data ?? []) : [],
    // Typing, not yet asked: "Nothing found" would be premature.
    clientsLoading: searching && (search.isFetching || asked !== clientQuery),
    clientQuery,
    appointments,
  };
}
