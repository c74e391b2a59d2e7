import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../extract/create-extractor.js';
import { normaliseText } from '../../ingest/normalise-text.js';
import type { IngestedDocument } from '../../core/document.js';
import { prepareDocument, toSaveInput } from './prepared-document.js';

const TEXT = '北朝鮮の金正恩総書記は２０２３年９月１３日、ロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談した。\n米政府は、北朝鮮がロシアに砲弾１００万発を供与したと非難した。';

function ingested(): IngestedDocument {
  const n = normaliseText(TEXT);
  return {
    contentHash: 'h', sourcePath: '/x/a.txt', fileName: 'a', format: 'txt', encoding: 'UTF8',
    title: null, author: null, publisher: null, publishedDate: '2023-09-14', language: 'ja',
    originalText: TEXT, normalisedText: n.text, offsets: n.offsets, citations: [],
  };
}

describe('prepareDocument', () => {
  it('survives structured cloning (what a worker posts) unchanged', () => {
    const doc = ingested();
    const prepared = prepareDocument(createExtractor(), doc);
    expect(prepared.events.length).toBeGreaterThan(0);
    const cloned = structuredClone(prepared);
    expect(cloned).toEqual(prepared);
    expect(cloned.offsetsArray).toBeInstanceOf(Int32Array);
  });

  it('the rebuilt offset map agrees with the ingest one', () => {
    const doc = ingested();
    const input = toSaveInput(structuredClone(prepareDocument(createExtractor(), doc)));
    expect(input.offsetsArray.length).toBe(doc.normalisedText.length + 1);
    for (let i = 0; i < doc.normalisedText.length; i++) {
      expect(input.doc.offsets.toOriginal(i, i + 1).start).toBe(doc.offsets.toOriginal(i, i + 1).start);
    }
    for (const e of input.events) expect(TEXT.slice(e.span.start, e.span.end).length).toBeGreaterThan(0);
  });
});
