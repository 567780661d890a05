import { DateTime } from 'luxon';
import type {
  StaffOutChange,
  StaffOutOption,
  StaffOutRefusal,
  StaffOutRow,
} from '../../../../shared/contract/staffOut';
import type { SlotProblem } from '../../../../shared/domain/deskMove';

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

/** The proposal, if any: never a cancel. */
export const defaultChoice = (row: StaffOutRow): Choice =>
  row.options[0] ? optionChoice(row.options[0]) : 'leave';

/** The desk's choice while the plan still offers it, else the proposal. */
export function choiceFor(row: StaffOutRow, chosen: Choice | undefined): Choice {
  if (chosen === 'leave' || chosen === 'cancel') return chosen;
  return chosen && row.options.some((option) => optionChoice(option) === chosen)
    ? chosen
    : defaultChoice(row);
}

export const nameOf = (members: readonly Named[], id: number) =>
  members.find((member) => member.id === id)?.name ?? `Team member ${id}`;

const clock = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');

/** "Noah Kim, same time" or "Emma Johnson at 12:30". */
export function optionLabel(option: StaffOutOption, members: readonly Named[], zone: string): string {
  const name = nameOf(members, option.teamMemberId);
  return option.sameTime ? `${name}, same time` : `${name} at ${clock(option.start, zone)}`;
}

/** The change a choice asks for; none for "leave". */
export function changeOf(row: StaffOutRow, choice: Choice): StaffOutChange | null {
  const expected = { id: row.id, expectedLastChangedAt: row.lastChangedAt };
  if (choice === 'leave') return null;
  if (choice === 'cancel') return { ...expected, action: 'cancel' };
  const option = row.options.find((candidate) => optionChoice(candidate) === choice);
  return option
    ? { ...expected, action: 'reassign', teamMemberId: option.teamMemberId, start: option.start }
    : null;
}

export function changesOf(
  rows: readonly StaffOutRow[],
  choices: Readonly<Record<number, Choice>>,
): StaffOutChange[] {
  return rows.flatMap((row) => changeOf(row, choiceFor(row, choices[row.id])) ?? []);
}

const refusedWords: Record<SlotProblem, string> = {
  busy: 'busy',
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
