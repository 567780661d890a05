import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  findCreated,
  LABEL_PALETTE,
  labelTextColour,
  parseColour,
  withoutLabel,
  withSavedLabel,
} from '../../renderer/src/features/labels/model';
import {
  formFieldOfLabel,
  labelFormDefaults,
  labelFormSchema,
  toLabelInput,
} from '../../renderer/src/features/labels/labelForm';
import type { Label } from '../../shared/domain/label';

const label = (id: number, overrides: Partial<Label> = {}): Label => ({
  id,
  title: `Label ${id}`,
  colour: '#1976d2',
  icon: '',
  entity: 'record',
  editable: true,
  ...overrides,
});

describe('a colour typed into the hex field', () => {
  it.each([
    ['#ABC123', '#abc123'],
    ['abc123', '#abc123'],
    ['  #4CAF50 ', '#4caf50'],
    ['000000', '#000000'],
  ])('takes %j as %s', (typed, colour) => {
    expect(parseColour(typed)).toBe(colour);
  });

  it.each(['red', '#12345', '12345', '#abc', '#1234567', '##abc123', '#abc12g', 'abc 123', '', '#'])(
    'refuses %j',
    (typed) => {
      expect(parseColour(typed)).toBeNull();
    },
  );
});

describe('the palette', () => {
  it('offers a dozen different colours, each as the domain keeps colours', () => {
    const colours = LABEL_PALETTE.map((entry) => entry.colour);
    expect(colours.length).toBeGreaterThanOrEqual(10);
    expect(new Set(colours).size).toBe(colours.length);
    expect(new Set(LABEL_PALETTE.map((entry) => entry.name)).size).toBe(colours.length);
    for (const colour of colours) expect(parseColour(colour)).toBe(colour);
  });

  it('gives every colour chip text with at least 4.5:1 contrast (WCAG AA)', () => {
    for (const { colour } of LABEL_PALETTE)
      expect(contrastRatio(colour, labelTextColour(colour)), colour).toBeGreaterThanOrEqual(4.5);
  });
});

describe('a label’s text colour', () => {
  it('is white on dark colours and near-black on light ones', () => {
    expect(labelTextColour('#3949ab')).toBe('#ffffff');
    expect(labelTextColour('#000000')).toBe('#ffffff');
    expect(labelTextColour('#ffb300')).toBe('#212121');
    expect(labelTextColour('#ffffff')).toBe('#212121');
  });

  it('reaches 4.5:1 on any colour Altegio may send, mid-tones included', () => {
    expect(labelTextColour('#e91e63')).toBe('#000000');
    for (let step = 0; step < 4096; step += 7) {
      const colour = `#${[8, 4, 0].map((shift) => (((step >> shift) & 15) * 17).toString(16).padStart(2, '0')).join('')}`;
      expect(contrastRatio(colour, labelTextColour(colour)), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('follows the default chip colour when the label has none', () => {
    expect(labelTextColour(null)).toBe('#ffffff');
    expect(labelTextColour('not a colour')).toBe('#ffffff');
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});

describe('the lists after a save', () => {
  const list = [label(1), label(2, { entity: 'common' }), label(3)];

  it('replaces an edited label where it was', () => {
    const edited = label(2, { entity: 'common', title: 'Renamed' });
    expect(withSavedLabel(list, edited, 'appointment').map((item) => item.title)).toEqual([
      'Label 1',
      'Renamed',
      'Label 3',
    ]);
  });

  it('adds a new common label to both kinds, and an appointment label only to appointments', () => {
    const common = label(9, { entity: 'common' });
    expect(withSavedLabel(list, common, 'client').map((item) => item.id)).toEqual([1, 2, 3, 9]);
    expect(withSavedLabel([], label(10), 'client')).toEqual([]);
    expect(withSavedLabel([], label(10), 'appointment').map((item) => item.id)).toEqual([10]);
  });

  it('drops a label from the clients’ list once it is no longer common', () => {
    const clientList = [label(2, { entity: 'common' }), label(4, { entity: 'client' })];
    expect(withSavedLabel(clientList, label(2), 'client').map((item) => item.id)).toEqual([4]);
  });

  it('drops a deleted label', () => {
    expect(withoutLabel(list, 2).map((item) => item.id)).toEqual([1, 3]);
  });
});

describe('the dialog’s values', () => {
  it('start from the label being edited, or the first palette colour for a new one', () => {
    expect(labelFormDefaults(null)).toEqual({
      title: '',
      colourText: LABEL_PALETTE[0]?.colour,
      icon: '',
      common: false,
    });
    expect(labelFormDefaults(label(5, { entity: 'common', icon: 'star' }))).toMatchObject({
      title: 'Label 5',
      icon: 'star',
      common: true,
    });
  });

  it('become a label of the tab’s kind, or common, with the colour normalised', () => {
    const values = { title: '  VIP ', colourText: 'ABC123', icon: 'star', common: false };
    expect(toLabelInput(values, 'appointment')).toEqual({
      title: 'VIP',
      colour: '#abc123',
      entity: 'record',
      icon: 'star',
    });
    expect(toLabelInput(values, 'client').entity).toBe('client');
    expect(toLabelInput({ ...values, common: true }, 'client').entity).toBe('common');
  });

  it('are checked: a title, a colour that parses, a known kind of icon name', () => {
    const good = { title: 'VIP', colourText: '#ABC123', icon: 'star', common: false };
    expect(labelFormSchema.safeParse(good).success).toBe(true);
    const issues = (values: typeof good) =>
      labelFormSchema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...good, title: '   ' })).toEqual([['title', 'issue.label.title']]);
    expect(issues({ ...good, title: 'x'.repeat(51) })).toEqual([['title', 'issue.label.titleTooLong']]);
    expect(issues({ ...good, colourText: 'red' })).toEqual([['colourText', 'issue.colour']]);
    expect(issues({ ...good, icon: '<b>' })).toEqual([['icon', 'issue.label.icon']]);
  });

  it('name the input a refusal is about, whether Altegio’s field or main’s request path', () => {
    expect(formFieldOfLabel('colour')).toBe('colourText');
    expect(formFieldOfLabel('label.colour')).toBe('colourText');
    expect(formFieldOfLabel('label.title')).toBe('title');
    expect(formFieldOfLabel('locationId')).toBeNull();
  });
});

describe('a Retry after a create whose answer was lost', () => {
  const input = { title: 'VIP', colour: '#d32f2f', entity: 'record' as const, icon: 'star' };

  it('takes the label that attempt made, not one the desk already knew', () => {
    const known = label(1, { title: 'VIP', colour: '#d32f2f' });
    const made = label(7, { title: 'VIP', colour: '#d32f2f' });
    expect(findCreated([known, made], input, new Set([1]))).toBe(made);
    expect(findCreated([known], input, new Set([1]))).toBeNull();
  });

  it('ignores labels that differ in title, colour or kind', () => {
    const listed = [
      label(7, { title: 'VIP 2', colour: '#d32f2f' }),
      label(8, { title: 'VIP', colour: '#000000' }),
      label(9, { title: 'VIP', colour: '#d32f2f', entity: 'common' }),
    ];
    expect(findCreated(listed, input, new Set())).toBeNull();
  });
});
