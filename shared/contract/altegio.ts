import { UnreadableReport } from '../domain/unreadable';

export const altegioEvents = {
  /** A list read left records out as unreadable (count > 0), or came back clean after one that did (0). */
  'altegio.unreadable': UnreadableReport,
};
