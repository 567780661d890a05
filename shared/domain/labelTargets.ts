// Apart from the LabelTarget schema in contract/labels.ts: the renderer's first paint needs the list, not zod.

/** What a label is put on, as the desk sees it. */
export const LABEL_TARGETS = ['appointment', 'client'] as const;
