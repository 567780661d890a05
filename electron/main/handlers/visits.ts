import { basename } from 'node:path';
import type { ReceiptRequest, visitsContract } from '../../../shared/contract/visits';
import type { LocationRef } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { isPdf } from '../files';
import type { AltegioClient } from '../altegio/client';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

interface VisitIds {
  visitId: number;
  appointmentId: number;
}

export function receiptFileName(visitId: number): string {
  return `receipt-visit-${visitId}.pdf`;
}

export function createVisitsHandlers({
  session,
  files,
  logger,
}: HandlerDeps): SliceHandlers<typeof visitsContract> {
  /**
   * Proves the visit is one of the open location's before anything is changed or printed: the update and
   * the receipt name no location, so any visit the token reaches would do. The details are read through
   * the location and the appointment, and Altegio answers NOT_FOUND when either does not hold the visit.
   */
  const checkVisitAt = async (client: AltegioClient, location: LocationRef, ref: VisitIds) => {
    await client.visits.details(location, ref.appointmentId, ref.visitId);
  };

  /** The receipt's bytes, refused unless they are a PDF: nothing else is ever written or opened. */
  const receiptOf = ({ locationId, ...ref }: ReceiptRequest) =>
    session.withLocation(locationId, async (client, location) => {
      await checkVisitAt(client, location, ref);
      const { visitId } = ref;
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
      session.withLocation(locationId, async (client, location) => {
        await checkVisitAt(client, location, { visitId, appointmentId });
        return client.visits.setStatus(location, visitId, appointmentId, update);
      }),
    'visits.saveReceipt': async (request) => {
      const { visitId } = request;
      const bytes = await receiptOf(request);
      const path = await files.chooseSavePath(receiptFileName(visitId));
      if (!path) return { saved: false, fileName: null };
      await fileEffect('fileWrite', () => files.writeFile(path, bytes));
      return { saved: true, fileName: basename(path) };
    },
    'visits.openReceipt': async (request) => {
      const { visitId } = request;
      const bytes = await receiptOf(request);
      await fileEffect('fileOpen', () => files.openFile(bytes, receiptFileName(visitId)));
      return null;
    },
  };
}
