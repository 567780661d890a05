import { DateTime } from 'luxon';
import type {
  StaffOutChange,
  StaffOutOption,
  StaffOutRefusal,
  StaffOutRow,
} from '../../../../shared/contract/staffOut';
import { changedAspects, type AppointmentVersion } from '../../../../shared/domain/appointmentVersion';

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
  members.find((member) => member.id === id)?.name ?? `Team member ${id}`;

const clock = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');

/** "Noah Kim, same time", "Emma Johnson at 12:30" or "Noah Kim, same time (also proposed for 11:00)". */
export function optionLabel(option: StaffOutOption, members: readonly Named[], zone: string): string {
  const name = nameOf(members, option.teamMemberId);
  const label = option.sameTime ? `${name}, same time` : `${name} at ${clock(option.start, zone)}`;
  return option.alsoProposedFor
    ? `${label} (also proposed for ${clock(option.alsoProposedFor, zone)})`
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

const refusedWords: Record<StaffOutRefusal['problem'], string> = {
  busy: 'busy',
  proposed: 'proposed for another appointment',
  'outside-hours': 'not working',
  'not-provided': 'does not provide the services',
  past: 'time has passed',
  gone: 'gone',
  changed: 'changed',
};

/**
 * Why the members who provide the services cannot take it at its time ("Emma Johnson busy, Lucas Meyer not
 * working"), and how many others do not provide them: every member is accounted for.
 */
export function refusalText(refusals: readonly StaffOutRefusal[], members: readonly Named[]): string | null {
  const capable = refusals.filter((refusal) => refusal.problem !== 'not-provided');
  const others = refusals.length - capable.length;
  const parts = capable.map((r) => `${nameOf(members, r.teamMemberId)} ${refusedWords[r.problem]}`);
  if (others) parts.push(`${others} ${others === 1 ? 'other does' : 'others do'} not provide the services`);
  return parts.length ? `Can’t take it then: ${parts.join(', ')}.` : null;
}

export const noOptionWords: Record<NonNullable<StaffOutRow['noOption']>, string> = {
  'nobody-provides': 'Nobody else provides all these services.',
  'nobody-free': 'Nobody who provides these services is free that day.',
  past: 'It has already begun: it stays as it is.',
};

/** "Apply 3 changes", "Apply 1 change". */
export const applyLabel = (count: number) => `Apply ${count} ${count === 1 ? 'change' : 'changes'}`;

/** "Applying 3 changes…", while they are being applied. */
export const applyingLabel = (count: number) => `Applying ${count} ${count === 1 ? 'change' : 'changes'}…`;
