// Apart from model.ts's schemas: the calendar links to a member's reviews at first paint, without zod.

const FOCUS_PREFIX = 'member:';

/** The navigation focus that opens the Comments section on one team member's reviews. */
export function memberCommentsFocus(teamMemberId: number): string {
  return `${FOCUS_PREFIX}${teamMemberId}`;
}

/** The team member a focus names, or null. */
export function focusedMember(focus: string | null): number | null {
  if (!focus?.startsWith(FOCUS_PREFIX)) return null;
  const id = Number(focus.slice(FOCUS_PREFIX.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}
