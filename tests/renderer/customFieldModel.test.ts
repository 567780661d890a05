import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../shared/domain/customField';
import {
  checkForm,
  codeProblem,
  emptyForm,
  shownValues,
  suggestCode,
} from '../../renderer/src/features/customFields/model';

const field = (over: Partial<CustomField>): CustomField => ({
  id: 1,
  category: 'record',
  code: 'hair_type',
  title: 'Hair type',
  type: 'text',
  values: [],
  showInUi: true,
  userCanEdit: true,
  ...over,
});

describe('custom field codes', () => {
  it.each([
    ['Hair type', 'hair_type'],
    ['  Patch-test date  ', 'patch_test_date'],
    ['Café crème', 'cafe_creme'],
    ['2nd visit', 'field_2nd_visit'],
    ['Größe (cm)', 'grosse_cm'],
    ['!!!', ''],
    ['Имя', ''],
    ['a'.repeat(80), 'a'.repeat(64)],
  ])('suggests a code for “%s”', (title, code) => {
    expect(suggestCode(title)).toBe(code);
    if (code) expect(codeProblem(code, [])).toBeNull();
  });

  it.each([
    ['', 'Enter a code.'],
    ['1abc', 'Latin letters'],
    ['_abc', 'Latin letters'],
    ['with space', 'Latin letters'],
    ['naïve', 'Latin letters'],
    ['drop;table', 'Latin letters'],
    ['x'.repeat(65), 'At most 64'],
    ['hair_type', '“Hair type” already uses this code.'],
  ])('refuses the code “%s”', (code, problem) => {
    expect(codeProblem(code, [field({})])).toContain(problem);
  });

  it('compares codes exactly, as Altegio does', () => {
    expect(codeProblem('Hair_Type', [field({})])).toBeNull();
  });
});

describe('the custom field form', () => {
  it('turns a list’s lines into its values and checks them', () => {
    const checked = checkForm(
      { ...emptyForm(), title: 'Towel', code: 'towel', type: 'select', choices: ' White \n\nBlack\n' },
      [],
      false,
    );
    expect(checked).toMatchObject({ ok: true, create: { code: 'towel', values: ['White', 'Black'] } });
  });

  it('says what is wrong, at the input it concerns', () => {
    const checked = checkForm(
      { ...emptyForm(), title: ' ', code: 'hair_type', type: 'select', choices: 'A\nA' },
      [field({})],
      false,
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        code: '“Hair type” already uses this code.',
        title: 'Enter a title.',
        choices: 'Each value once only.',
      },
    });
    expect(checkForm({ ...emptyForm(), title: 'List', code: 'list', type: 'select' }, [], false)).toEqual({
      ok: false,
      errors: { choices: 'A list needs at least one value, one per line.' },
    });
  });

  it('does not check the code of a field being edited (it cannot change)', () => {
    const checked = checkForm(
      { ...emptyForm(), title: 'Hair type (renamed)', code: 'hair_type' },
      [field({ id: 2 })],
      true,
    );
    expect(checked).toMatchObject({ ok: true, update: { title: 'Hair type (renamed)' } });
  });

  it('leaves values out of fields that are not lists', () => {
    const checked = checkForm({ ...emptyForm(), title: 'Note', code: 'note', choices: 'stale' }, [], false);
    expect(checked.ok && checked.create.values).toBeUndefined();
  });
});

describe('custom field values on an appointment', () => {
  it('shows values under their titles, in the fields’ order, formatted by type', () => {
    const fields = [
      field({ code: 'since', title: 'Client since', type: 'date' }),
      field({ code: 'called', title: 'Called', type: 'datetime' }),
      field({ code: 'towel', title: 'Towel', type: 'list', values: ['A', 'B'] }),
      field({ code: 'secret', title: 'Hidden', showInUi: false }),
      field({ code: 'empty', title: 'Empty' }),
    ];
    expect(
      shownValues(fields, {
        towel: ['A', 'B'],
        called: '2027-03-14 02:30:00',
        since: '2027-02-29',
        secret: 'x',
        empty: '',
        deleted_field: 'gone',
      }),
    ).toEqual([
      { code: 'since', title: 'Client since', text: '2027-02-29' },
      { code: 'called', title: 'Called', text: '14 Mar 2027, 02:30' },
      { code: 'towel', title: 'Towel', text: 'A, B' },
    ]);
  });
});
