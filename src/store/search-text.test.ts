import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from './save-document.js';
import { searchText } from './search-text.js';
import type { Store } from './store.js';
import { markSnippet } from './text-matches.js';
import { makeDocument, normaliseForTest, saveInput, tempStore } from './testing/fixtures.js';

// Original texts differ from their normalised form (full-width digits and
// letters, hard line breaks), so normalised and original offsets differ.
const kim = makeDocument(
  'kim',
  '２０２３年９月１３日、金正恩総書記は\nボストーチヌイ宇宙基地で\nプーチン大統領と会談した。会談は約４時間に及んだ。',
);
const lavrov = makeDocument(
  'lavrov',
  '同年１０月、ラブロフ外相が平壌を訪問し、\n崔善姫外相と会談した。\n"ＮＡＴＯ"への言及もあった。',
);
const english = makeDocument('english', 'The Security Council met on 2 June.\nNATO and the Council issued statements.', { language: 'en' });

let store: Store;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore());
  for (const d of [kim, lavrov, english]) await saveDocument(store, saveInput(d));
});
afterAll(() => dispose());

/** Every hit's original span, normalised like the text, is the query. */
function expectHitsAreQuery(original: string, hits: readonly { position: number; end: number }[], query: string) {
  for (const h of hits) expect(normaliseForTest(original.slice(h.position, h.end)).normalised).toBe(query);
}

describe('searchText', () => {
  it('finds a 2-character Japanese query (instr path) with original positions', async () => {
    const results = await searchText(store, '会談');
    expect(results.map((r) => [r.fileName, r.totalHits])).toEqual([['kim', 2], ['lavrov', 1]]);
    const [first] = results;
    const expected = [...kim.doc.originalText.matchAll(/会談/g)].map((m) => m.index);
    expect(first?.hits.map((h) => h.position)).toEqual(expected);
    expectHitsAreQuery(kim.doc.originalText, first!.hits, '会談');
    expect(first?.hits[0]?.snippet.match).toBe('会談');
    expect(markSnippet(first!.hits[0]!.snippet)).toContain('プーチン大統領と【会談】した');
  });

  it('finds a 3+-character Japanese query (FTS path) with original positions', async () => {
    const results = await searchText(store, 'ボストーチヌイ宇宙基地');
    expect(results).toHaveLength(1);
    const hit = results[0]!.hits[0]!;
    expect(hit.position).toBe(kim.doc.originalText.indexOf('ボストーチヌイ'));
    expect(hit.normalisedPosition).toBe(kim.doc.normalisedText.indexOf('ボストーチヌイ'));
    expect(hit.position).not.toBe(hit.normalisedPosition);
  });

  it('matches across a hard line break and full-width digits, mapped back to the original', async () => {
    const [result] = await searchText(store, '総書記はボストーチヌイ');
    expect(result?.fileName).toBe('kim');
    const hit = result!.hits[0]!;
    expect(kim.doc.originalText.slice(hit.position, hit.end)).toBe('総書記は\nボストーチヌイ');
    const [digits] = await searchText(store, '2023年9月13日');
    expect(digits?.hits[0]).toMatchObject({ position: 0, end: 10 });
  });

  it('normalises the query and folds ASCII case', async () => {
    const fullWidth = await searchText(store, 'ＮＡＴＯ');
    expect(fullWidth.map((r) => r.fileName).sort()).toEqual(['english', 'lavrov']);
    const lower = await searchText(store, 'council');
    expect(lower.map((r) => [r.fileName, r.totalHits])).toEqual([['english', 2]]);
    expect((await searchText(store, 'un'))[0]?.fileName).toBe('english'); // 2 chars, folded: "June"
  });

  it('treats double quotes and FTS syntax as literal text', async () => {
    const results = await searchText(store, '"ＮＡＴＯ"');
    expect(results.map((r) => r.fileName)).toEqual(['lavrov']);
    expect(await searchText(store, 'AND OR NOT')).toEqual([]);
    expect(await searchText(store, '   ')).toEqual([]);
  });

  it('ranks by number of hits and honours limit and hitsPerDocument', async () => {
    const [top] = await searchText(store, '。', { limit: 1, hitsPerDocument: 1 });
    expect(top?.fileName).toBe('kim');
    expect(top?.totalHits).toBe(2);
    expect(top?.hits).toHaveLength(1);
  });

  it('maps every hit to an original span whose normalised form is the query (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: kim.doc.normalisedText.length - 1 }), fc.integer({ min: 1, max: 6 }), async (start, len) => {
        const query = kim.doc.normalisedText.slice(start, start + len).trim();
        fc.pre(query.length > 0);
        const [result] = (await searchText(store, query, { hitsPerDocument: 100 })).filter((r) => r.fileName === 'kim');
        expect(result).toBeDefined();
        expectHitsAreQuery(kim.doc.originalText, result!.hits, query);
      }),
      { numRuns: 60 },
    );
  });
});
