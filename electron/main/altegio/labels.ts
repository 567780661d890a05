import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import type { Label, LabelEntity, LabelInput } from '../../../shared/domain/label';
import { inputError, malformedError, notFoundError } from './errors';
import { mappingFields } from './fieldNames';
import { createOnce, type Http } from './http';
import { gone, reconciled, showing } from './reconcile';
import { readList, type ListReading } from './listItems';
import { parseWire, toHexColour, WireFlag, WireId, WireNumber, WireText } from './wire';

const ENTITIES: LabelEntity[] = ['common', 'client', 'record', 'activity'];
const LABEL_FIELDS: Record<string, string> = { color: 'colour' };

const WireLabel = z.object({
  id: WireId,
  title: WireText,
  color: z.unknown(),
  icon: WireText,
  entity: WireNumber.optional(),
  not_editable: WireFlag,
});

function toLabel(raw: unknown, fallbackEntity: LabelEntity): Label {
  const label = parseWire(WireLabel, raw, 'a label');
  return {
    id: label.id,
    title: label.title,
    colour: toHexColour(label.color) ?? '#9e9e9e',
    icon: label.icon,
    entity: ENTITIES[label.entity ?? -1] ?? fallbackEntity,
    editable: !label.not_editable,
  };
}

function colourParam(colour: string): string {
  const hex = toHexColour(colour);
  if (!hex) {
    throw inputError('colour', 'issue.colour');
  }
  return hex;
}

export function createLabelsApi(http: Http, lists: ListReading = {}) {
  const list = async (location: LocationRef, entity: LabelEntity): Promise<Label[]> => {
    const { data } = await http.request('GET', `/labels/${location.id}/${entity}`);
    return readList(lists, 'labels', data, (item) => toLabel(item, entity));
  };

  /**
   * A label of that entity, title and colour that was not there before this create began (the newest
   * when there are several): a label with the same looks made long ago is not taken for the new one.
   */
  const findMade = async (
    location: LocationRef,
    input: LabelInput,
    before: ReadonlySet<number>,
  ): Promise<Label | null> => {
    const colour = colourParam(input.colour);
    const made = (await list(location, input.entity)).filter((label) => !before.has(label.id));
    const same = made.filter((label) => label.title === input.title.trim() && label.colour === colour);
    return same.sort((a, b) => b.id - a.id)[0] ?? null;
  };

  return {
    list,

    /**
     * Altegio reads the new label from the query string, not a body. The labels there before are listed
     * first (labels are made rarely), so an answer that is lost or empty can be told from an old label.
     */
    create: (location: LocationRef, input: LabelInput): Promise<Label> =>
      mappingFields(LABEL_FIELDS, async () => {
        const before = new Set((await list(location, input.entity)).map((label) => label.id));
        return createOnce(
          http,
          async () => {
            const { data } = await http.request('POST', `/labels/${location.id}`, {
              query: {
                title: input.title.trim(),
                color: colourParam(input.colour),
                entity: ENTITIES.indexOf(input.entity),
                icon: input.icon,
              },
            });
            // YCLIENTS answers `data: null, meta: {message: "Accepted"}`: find what was made.
            if (data && typeof data === 'object')
              return toLabel({ icon: input.icon ?? '', ...data }, input.entity);
            const created = await findMade(location, input, before);
            if (!created) throw malformedError(undefined, 'the new label');
            return created;
          },
          () => findMade(location, input, before),
        );
      }),

    /** Altegio answers a bare "Accepted": the label is read back. */
    update: (location: LocationRef, id: number, input: LabelInput): Promise<Label> =>
      mappingFields(LABEL_FIELDS, async () => {
        const readBack = async () => {
          const updated = (await list(location, input.entity)).find((label) => label.id === id);
          if (!updated) throw notFoundError();
          return updated;
        };
        const colour = colourParam(input.colour);
        return reconciled(
          async () => {
            await http.request('PUT', `/labels/${location.id}/${id}`, {
              body: {
                title: input.title.trim(),
                color: colour,
                entity: ENTITIES.indexOf(input.entity),
                ...(input.icon === undefined ? {} : { icon: input.icon }),
              },
            });
            return readBack();
          },
          showing(
            readBack,
            (label) =>
              label.title === input.title.trim() &&
              label.colour === colour &&
              (input.icon === undefined || label.icon === input.icon),
          ),
        );
      }),

    /** After a lost reply, the label is gone when no entity's list holds it. */
    async remove(location: LocationRef, id: number): Promise<void> {
      const listedAnywhere = async () => {
        const lists = await Promise.all(ENTITIES.map((entity) => list(location, entity)));
        return lists.some((labels) => labels.some((label) => label.id === id));
      };
      await reconciled(
        async () => void (await http.request('DELETE', `/labels/${location.id}/${id}`)),
        gone(listedAnywhere, (listed) => !listed),
      );
    },
  };
}

export type LabelsApi = ReturnType<typeof createLabelsApi>;
