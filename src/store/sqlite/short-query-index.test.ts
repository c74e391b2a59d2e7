import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyAndShortSearchMigration } from '../migrations/0008-tally-and-short-search.js';
import { openStore } from '../open-store.js';
import { saveDocument } from '../save-document.js';
import { searchText } from '../search-text.js';
import { shortGramTerms, shortQueryTerm } from '../short-grams.js';
import type { Store } from '../store.js';
import { makeDocument, saveInput, tempDir } from '../testing/fixtures.js';
import { seededRandom } from '../testing/seeded-random.js';
import { scanInstr, sqliteTextIndex } from './sqlite-text-index.js';

// Queries of 1–2 characters are answered from `documents_short`; the answer
// must be exactly that of the `instr` scan it replaced, on generated texts
// with kanji, kana, ASCII of both cases, digits, punctuation, white space and
// characters outside the BMP. SQLite only (PostgreSQL keeps its strpos scan),
// so always an SQLite file, also under `npm run test:pg`.
const ALPHABET = [...'東京北京台北金正恩の会談をしたA a B b Z z 1 2 、。「」 ・\n\t　𠮷𩸽ＡＢ'];
const DOCS = 120;


let store: Store;
let dispose: () => Promise<void>;
const rnd = seededRandom(11);
const pick = () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]!;
beforeAll(async () => {
  const { dir, remove } = tempDir();
  store = await openStore({ path: join(dir, 'sokan.db') });
  dispose = async () => (await store.close(), remove());
  for (let i = 0; i < DOCS; i++) {
    const text = `文書${i}:` + Array.from({ length: 5 + Math.floor(rnd() * 40) }, pick).join('');
    await saveDocument(store, saveInput(makeDocument(`d${i}`, text)));
  }
});
afterAll(() => dispose());

/** Every query of one character of the alphabet and many of two, some never present. */
function queries(): string[] {
  const out = new Set<string>(ALPHABET.filter((c) => c.trim() !== ''));
  for (let i = 0; i < 300; i++) out.add(`${pick()}${pick()}`.trim());
  for (const q of ['東京', '台北', 'ab', 'AB', 'Ab', 'aZ', '12', '。」', '𠮷𩸽', '書1', 'zz']) out.add(q);
  return [...out].filter((q) => q !== '' && [...q].length <= 2);
}

describe('short-query index (1–2 characters)', () => {
  it('gives exactly the documents of the instr scan, in id order, for every query and limit', async () => {
    let nonEmpty = 0;
    for (const q of queries()) {
      for (const limit of [2000, 3]) {
        const expected = await scanInstr(store.db, q, limit);
        expect(await sqliteTextIndex.candidates(store.db, q, limit), `${JSON.stringify(q)} limit ${limit}`).toEqual(expected);
        if (expected.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('search results are those of the scan (through searchText)', async () => {
    const q = '東京';
    const hits = await searchText(store, q);
    const scanned = await scanInstr(store.db, q, 2000);
    expect(hits.map((h) => h.documentId).sort((a, b) => a - b)).toEqual(scanned.map((c) => c.documentId).slice(0, hits.length));
  });

  it('removing a document removes its terms', async () => {
    const doc = await store.db.selectFrom('documents').select(['id', 'normalised_text']).where('file_name', '=', 'd0').executeTakeFirstOrThrow();
    const term = [...doc.normalised_text].find((c) => c.trim() !== '')!;
    const before = (await sqliteTextIndex.candidates(store.db, term, 2000)).map((c) => c.documentId);
    expect(before).toContain(doc.id);
    await sqliteTextIndex.remove(store.db, doc.id, doc.normalised_text);
    expect((await sqliteTextIndex.candidates(store.db, term, 2000)).map((c) => c.documentId)).not.toContain(doc.id);
    await sqliteTextIndex.add(store.db, doc.id, doc.normalised_text);
  });

  it('migration 0008 fills the index from documents stored before it', async () => {
    const migration = tallyAndShortSearchMigration(sqliteTextIndex);
    await migration.down!(store.db);
    await migration.up(store.db);
    for (const q of ['東', '京', 'a', 'B', '𠮷', '東京', 'Ab']) {
      expect(await sqliteTextIndex.candidates(store.db, q, 2000)).toEqual(await scanInstr(store.db, q, 2000));
    }
  });

  it('terms: code points in hex, ASCII lower-cased, no grams at white space', () => {
    expect(shortQueryTerm('東京')).toBe('g6771g4eacg');
    expect(shortQueryTerm('A')).toBe(shortQueryTerm('a'));
    expect(shortQueryTerm('𠮷')).toBe('g20bb7g');
    expect(shortGramTerms('Ab c').split(' ').sort()).toEqual(['g61g', 'g61g62g', 'g62g', 'g63g']);
    expect(() => shortQueryTerm('東京都')).toThrow(/1 to 2 characters/);
  });

  it('terms of a text: the same, in the same order, as a string per character would give', () => {
    // The plain definition shortGramTerms computes with numbers (white space per \s, ASCII letters lower-cased).
    const reference = (text: string): string => {
      const hex = [...text.replace(/[A-Z]+/g, (m) => m.toLowerCase())].map((ch) => (/^\s$/u.test(ch) ? null : ch.codePointAt(0)!.toString(16)));
      const terms = new Set<string>();
      hex.forEach((a, i) => {
        if (a === null) return;
        terms.add(`g${a}g`);
        const b = hex[i + 1];
        if (b !== null && b !== undefined) terms.add(`g${a}g${b}g`);
      });
      return [...terms].join(' ');
    };
    const piece = fc.constantFrom('東', '京', 'A', 'a', 'Z', ' ', '\u3000', '\n', '𠮷', '\ud800', '\udc00', 'é', '1', '、');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(shortGramTerms(text)).toBe(reference(text));
    }), { numRuns: 500 });
    expect(shortGramTerms('')).toBe('');
  });
});
