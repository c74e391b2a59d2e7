/**
 * Builders for store tests: temporary stores and documents written as plain
 * objects. Not used by production code.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Citation, IngestedDocument, Language } from '../../core/document.js';
import type { ExtractedClaim, ExtractedEvent } from '../../core/event.js';
import { precisionOf } from '../../core/partial-date.js';
import { OffsetTable } from '../offset-table.js';
import { openStore } from '../open-store.js';
import type { SaveDocumentInput } from '../save-document.js';
import type { Store } from '../store.js';
import { testDatabase } from './test-database.js';

/** A fresh folder under the OS temp dir, and a function removing it. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sokan-store-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens a store in a fresh temp folder, or in a fresh PostgreSQL database when
 * SOKAN_TEST_DATABASE_URL is set (then `path` is its URL); `dispose` closes it
 * and deletes the folder (drops the database).
 */
export async function tempStore(): Promise<{ store: Store; path: string; dispose: () => Promise<void> }> {
  const { dir, remove } = tempDir();
  const database = await testDatabase(join(dir, 'nested', 'sokan.db'));
  const path = database.location;
  const store = await openStore({ path });
  return { store, path, dispose: async () => (await store.close(), await database.drop(), remove()) };
}

/**
 * A stand-in for ingest's normaliser: NFKC per code point and line breaks
 * removed, with the offset table (normalised index → original index).
 */
export function normaliseForTest(original: string): { normalised: string; offsets: Int32Array } {
  let normalised = '';
  const table: number[] = [];
  let at = 0;
  for (const ch of original) {
    if (ch !== '\n' && ch !== '\r') {
      const out = ch.normalize('NFKC');
      for (let k = 0; k < out.length; k++) table.push(at);
      normalised += out;
    }
    at += ch.length;
  }
  table.push(original.length);
  return { normalised, offsets: Int32Array.from(table) };
}

export interface TestDocument {
  readonly doc: IngestedDocument;
  readonly offsetsArray: Int32Array;
}

export function makeDocument(
  fileName: string,
  originalText: string,
  extra: { language?: Language; title?: string; publishedDate?: string; citations?: Citation[] } = {},
): TestDocument {
  const { normalised, offsets } = normaliseForTest(originalText);
  const doc: IngestedDocument = {
    contentHash: createHash('sha256').update(originalText).digest('hex'),
    sourcePath: `/tmp/in/${fileName}.txt`,
    fileName,
    format: 'txt',
    encoding: 'UTF8',
    title: extra.title ?? null,
    author: null,
    publisher: null,
    publishedDate: extra.publishedDate ?? null,
    language: extra.language ?? 'ja',
    originalText,
    normalisedText: normalised,
    offsets: new OffsetTable(offsets),
    citations: extra.citations ?? [],
  };
  return { doc, offsetsArray: offsets };
}

/** An event whose quote is found in the document's normalised text (throws if not). */
export function eventIn(
  { doc }: TestDocument,
  quote: string,
  fields: Partial<ExtractedEvent> & Pick<ExtractedEvent, 'date' | 'cameo' | 'source'>,
): ExtractedEvent {
  const start = doc.normalisedText.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${doc.fileName}: ${quote}`);
  return {
    dateEnd: null,
    precision: precisionOf(fields.date),
    quadClass: 1,
    goldstein: 1,
    target: null,
    sourceName: null,
    targetName: null,
    status: 'occurred',
    location: null,
    rule: 'test-rule',
    ...fields,
    quote,
    span: doc.offsets.toOriginal(start, start + quote.length),
  };
}

export function claimIn(
  { doc }: TestDocument,
  quote: string,
  fields: Partial<ExtractedClaim> & Pick<ExtractedClaim, 'subject' | 'low' | 'unit'>,
): ExtractedClaim {
  const start = doc.normalisedText.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${doc.fileName}: ${quote}`);
  return {
    high: fields.low,
    claimant: null,
    claimantName: null,
    date: null,
    period: null,
    rule: 'test-claim-rule',
    ...fields,
    quote,
    span: doc.offsets.toOriginal(start, start + quote.length),
  };
}

/** A `saveDocument` input with nothing extracted unless given. */
export function saveInput(test: TestDocument, extracted: Partial<SaveDocumentInput> = {}): SaveDocumentInput {
  return { ...test, mentions: [], events: [], claims: [], extractorVersion: 'test-1', ...extracted };
}
