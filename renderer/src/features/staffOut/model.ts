import { DateTime } from 'luxon';
import type {
  StaffOutChange,
  StaffOutOption,
  StaffOutRefusal,
  StaffOutRow,
} from '../../../../shared/contract/staffOut';
import { changedAspects, type AppointmentVersion } from '../../../../shared/domain/appointmentVersion';
import { i18n, params, plural } from '../../i18n';

const messages = i18n('staffOut/model', {
  teamMember: params('Team member {id}'),
  sameTime: params('{name}, same time'),
  atTime: params('{name} at {time}'),
  alsoProposed: params('{label} (also proposed for {time})'),
  busy: 'busy',
  proposed: 'proposed for another appointment',
  outsideHours: 'not working',
  notProvided: 'does not provide the services',
  past: 'time has passed',
  gone: 'gone',
  changed: 'changed',
  refused: params('{name} {why}'),
  others: plural({
    one: '{count} other does not provide the services',
    other: '{count} others do not provide the services',
  }),
  cantTake: params('Can’t take it then: {parts}.'),
  nobodyProvides: 'Nobody else provides all these services.',
  nobodyFree: 'Nobody who provides these services is free that day.',
  begun: 'It has already begun: it stays as it is.',
  apply: plural({ one: 'Apply {count} change', other: 'Apply {count} changes' }),
  applying: plural({ one: 'Applying {count} change…', other: 'Applying {count} changes…' }),
});

interface Named {
  id: number;
  name: string;
}

/**
 * What the desk chose for one appointment, as a select's value: `to:<member>@<start>` (one of the plan's
 * options, named by what it is so a fresh read of the plan cannot shift it), `leave` (it stays with the
 * member who is out) or `cancel` (only when chosen).
 */
export type Choice = `to:${number}@${string}` | 'leave' | 'cancel';

export const optionChoice = (option: StaffOutOption): Choice => `to:${option.teamMemberId}@${option.start}`;

/** What the desk chose for a row, with the version of the appointment it was chosen on. */
export interface Chosen {
  choice: Choice;
  version: AppointmentVersion;
}

/** The row has already begun: it stays with its member, and cannot be cancelled from here. */
export const isPast = (row: StaffOutRow) => row.noOption === 'past';

/**
 * The proposal, if any: never a cancel, never a member proposed for another appointment, and none when
 * the client asked for the member who is out (the desk calls them first).
 */
export function defaultChoice(row: StaffOutRow): Choice {
  const proposal = row.options[0];
  return proposal && !proposal.alsoProposedFor && !row.requestedTeamMember ? optionChoice(proposal) : 'leave';
}

/**
 * The desk's choice while it still holds, else what the row falls back to: an option the fresh plan no
 * longer offers becomes "leave" (never another member silently), a cancel of an appointment another desk
 * changed since, or of one that has begun, is dropped.
 */
export function choiceFor(row: StaffOutRow, chosen: Chosen | undefined): Choice {
  if (!chosen) return defaultChoice(row);
  if (chosen.choice === 'leave') return 'leave';
  if (chosen.choice === 'cancel') {
    const unchanged = changedAspects(chosen.version, row.version).length === 0;
    return unchanged && !isPast(row) ? 'cancel' : defaultChoice(row);
  }
  return row.options.some((option) => optionChoice(option) === chosen.choice) ? chosen.choice : 'leave';
}

/** The option a choice names, if it is one. */
export const optionOf = (row: StaffOutRow, choice: Choice) =>
  row.options.find((option) => optionChoice(option) === choice) ?? null;

export const nameOf = (members: readonly Named[], id: number) =>
  members.find((member) => member.id === id)?.name ?? messages.get().teamMember({ id });

const clock = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');

/** "Noah Kim, same time", "Emma Johnson at 12:30" or "Noah Kim, same time (also proposed for 11:00)". */
export function optionLabel(option: StaffOutOption, members: readonly Named[], zone: string): string {
  const t = messages.get();
  const name = nameOf(members, option.teamMemberId);
  const label = option.sameTime ? t.sameTime({ name }) : t.atTime({ name, time: clock(option.start, zone) });
  return option.alsoProposedFor
    ? t.alsoProposed({ label, time: clock(option.alsoProposedFor, zone) })
    : label;
}

/** The change a choice asks for; none for "leave". */
export function changeOf(row: StaffOutRow, choice: Choice): StaffOutChange | null {
  const expected = { id: row.id, expectedLastChangedAt: row.lastChangedAt, seen: row.version };
  if (choice === 'leave') return null;
  if (choice === 'cancel') return { ...expected, action: 'cancel' };
  const option = optionOf(row, choice);
  return option
    ? { ...expected, action: 'reassign', teamMemberId: option.teamMemberId, start: option.start }
    : null;
}

export function changesOf(
  rows: readonly StaffOutRow[],
  choices: Readonly<Record<number, Chosen>>,
): StaffOutChange[] {
  return rows.flatMap((row) => changeOf(row, choiceFor(row, choices[row.id])) ?? []);
}

const refusedKeys = {
  busy: 'busy',
  proposed: 'proposed',
  'outside-hours': 'outsideHours',
  'not-provided': 'notProvided',
  past: 'past',
  gone: 'gone',
  changed: 'changed',
} as const satisfies Record<StaffOutRefusal['problem'], string>;

/**
 * Why the members who provide the services cannot take it at its time ("Emma Johnson busy, Lucas Meyer not
 * working"), and how many others do not provide them: every member is accounted for.
 */
export function refusalText(refusals: readonly StaffOutRefusal[], members: readonly Named[]): string | null {
  const t = messages.get();
  const capable = refusals.filter((refusal) => refusal.problem !== 'not-provided');
  const others = refusals.length - capable.length;
  const parts = capable.map((r) =>
    t.refused({ name: nameOf(members, r.teamMemberId), why: t[refusedKeys[r.problem]] }),
  );
  if (others) parts.push(t.others(others));
  return parts.length ? t.cantTake({ parts: parts.join(', ') }) : null;
}

/** Why a row has no one to take it, in the language shown when read. */
export const noOptionWords: Record<NonNullable<StaffOutRow['noOption']>, string> = {
  get 'nobody-provides'() {
    return messages.get().nobodyProvides;
  },
  get 'nobody-free'() {
    return messages.get().nobodyFree;
  },
  get past() {
    return messages.get().begun;
  },
};

/** "Apply 3 changes", "Apply 1 change". */
export const applyLabel = (count: number) => messages.get().apply(count);

/** "Applying 3 changes…", while they are being applied. */
export const applyingLabel = (count: number) => messages.get().applying(count);
