import { basename } from 'node:path';
import type { visitsContract } from '../../../shared/contract/visits';
import { AppError } from '../../../shared/errors';
import { isPdf } from '../files';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function receiptFileName(visitId: number): string {
  return `receipt-visit-${visitId}.pdf`;
}

export function createVisitsHandlers({
  session,
  files,
  logger,
}: HandlerDeps): SliceHandlers<typeof visitsContract> {
  /** The receipt's bytes, refused unless they are a PDF: nothing else is ever written or opened. */
  const receiptOf = (locationId: number, visitId: number) =>
    session.withLocation(locationId, async (client) => {
      const bytes = await client.visits.receiptPdf(visitId);
      if (!isPdf(bytes)) {
        logger.warn('Refused a receipt that is not a PDF', { visitId, bytes: bytes.length });
        throw new AppError('SERVER', { reason: 'notPdf' });
      }
      return bytes;
    });

  /** A file effect that failed (a full disk, a folder without write access, no PDF viewer). */
  const fileEffect = async (reason: 'fileWrite' | 'fileOpen', effect: () => Promise<void>) => {
    try {
      await effect();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(`A receipt file effect failed (${reason})`, { message });
      throw new AppError('INTERNAL', { reason }, { message });
    }
  };

  return {
    /** The visit and what was sold and paid in it, read in parallel. */
    'visits.get': ({ locationId, visitId, appointmentId }) =>
      session.withLocation(locationId, async (client, location) => {
        const [visit, details] = await Promise.all([
          client.visits.get(location, visitId),
          client.visits.details(location, appointmentId, visitId),
        ]);
        return { visit, details };
      }),
    'visits.update': ({ locationId, visitId, appointmentId, update }) =>
      session.withLocation(locationId, (client, location) =>
        client.visits.setStatus(location, visitId, appointmentId, update),
      ),
    'visits.saveReceipt': async ({ locationId, visitId }) => {
      const bytes = await receiptOf(locationId, visitId);
      const path = await files.chooseSavePath(receiptFileName(visitId));
      if (!path) return { saved: false, fileName: null };
      await fileEffect('fileWrite', () => files.writeFile(path, bytes));
      return { saved: true, fileName: basename(path) };
    },
    'visits.openReceipt': async ({ locationId, visitId }) => {
      const bytes = await receiptOf(locationId, visitId);
      await fileEffect('fileOpen', () => files.openFile(bytes, receiptFileName(visitId)));
      return null;
    },
  };
}
