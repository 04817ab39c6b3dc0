/**
 * Every method of the contract (METHODS, so a method added later is covered without editing this
 * file) sent wrong inputs through dispatch: the answer is a Chinese sentence that names the field
 * by its Chinese label and carries no internal identifier, zod wording or number limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../../shared/api/contract';
import { fieldLabel } from '../../../shared/api/zod-messages';
import { dispatch } from '../../../src-main/api/dispatch';
import { inputWith, walkFields, wrongValues } from '../../helpers/schema-walk';
import { tempStore } from '../../helpers/store';

const CHINESE = /[\u4e00-\u9fff]/;
/** An ASCII identifier: two letters or more, or a word with an underscore or dot inside. */
const ASCII_WORD = /[A-Za-z_]{2,}|\b[a-z]+\.[a-z]+\b/;

let store: ReturnType<typeof tempStore>;
beforeAll(() => {
  store = tempStore();
});
afterAll(() => store.close());

function lastKey(path: (string | number)[]): string {
  return path.filter((p): p is string => typeof p === 'string').at(-1) ?? '';
}

describe('every field of every method has a Chinese label', () => {
  it.each(METHODS)('%s', (method) => {
    const unlabelled = walkFields(contract[method].input)
      .map((f) => lastKey(f.path))
      .filter((key) => key !== '' && !fieldLabel(key, method));
    expect(unlabelled, `${method}: fields without a label`).toEqual([]);
  });
});

describe('wrong inputs to every method read as Chinese sentences', () => {
  it.each(METHODS)('%s', async (method) => {
    const fields = walkFields(contract[method].input);
    const cases: { input: unknown; field?: string }[] = [
      { input: 'x' },
      { input: 42 },
      { input: [] },
      { input: { 未知项: 1, zzz: true } },
    ];
    for (const field of fields) {
      for (const value of wrongValues(field)) cases.push({ input: inputWith(field.path, value), field: lastKey(field.path) });
    }
    let refusedWithField = 0;
    for (const { input, field } of cases) {
      const answer = await dispatch(store.ctx, method, input, () => undefined);
      if (answer.ok) continue; // e.g. a filter that accepts any value
      const where = `${method} ${JSON.stringify(input)?.slice(0, 120)}`;
      const { message, fields: byField } = answer.error;
      expect(message, where).toMatch(CHINESE);
      expect(message, where).not.toMatch(ASCII_WORD);
      for (const [key, text] of Object.entries(byField ?? {})) {
        expect(text, `${where} ${key}`).toMatch(CHINESE);
        expect(text, `${where} ${key}`).not.toMatch(ASCII_WORD);
        // A field-level message opens with the field's label.
        if (key !== '') expect(text, `${where} ${key}`).toMatch(/^「[^」]+」/);
      }
      if (field && answer.error.code === 'VALIDATION') {
        const label = fieldLabel(field, method);
        if (label && Object.values(byField ?? {}).some((t) => t.includes(`「${label}」`))) refusedWithField++;
      }
    }
    // A method with fields is refused at least once in a way that names one of them by its label.
    if (fields.length > 0) expect(refusedWithField, method).toBeGreaterThan(0);
  });
});
