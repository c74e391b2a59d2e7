import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TabFields } from './tab-fields.js';

describe('TabFields', () => {
  it('finds the same fields as split, and empty strings past the last one', () => {
    const fields = new TabFields();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bc', '', '\t', 'é', '\t\t'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const split = text.split('\t');
        expect(fields.read(text)).toBe(split.length);
        for (let i = 0; i < split.length + 2; i++) expect(fields.at(i)).toBe(split[i] ?? '');
      }),
    );
  });

  it('forgets the previous line', () => {
    const fields = new TabFields();
    fields.read('a\tb\tc\td');
    expect(fields.read('x\ty')).toBe(2);
    expect([fields.at(0), fields.at(1), fields.at(2), fields.at(3)]).toEqual(['x', 'y', '', '']);
  });
});
