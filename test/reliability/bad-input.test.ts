// Issue 7, bad input: each bad file sits in a folder beside a good file; the
// built CLI must name the bad file and the reason on one stderr line, store
// the good one, and exit 1 (0 where the input is in fact fine).
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, describe, expect, it } from 'vitest';
import { health, makePdf, sokan, storedNames, tempFolder, withDb, writeFiles, type Run } from './helpers.js';

/** Written for this suite. */
const GOOD = '日本とロシアの外相は2024年3月5日に東京で会談し、漁業協力について話し合った。\nThe two ministers agreed to meet again in the autumn.\n';
const GOOD_JA = '北朝鮮の金正恩総書記は2023年9月13日、ボストーチヌイ宇宙基地でプーチン大統領と会談した。両首脳は軍事協力を協議した。\n';

const folders: (() => void)[] = [];
afterAll(() => folders.forEach((remove) => remove()));

interface Case {
  readonly dir: string;
  readonly db: string;
  readonly run: Run;
}

/** A folder holding `files` and good.txt, ingested into a fresh database. */
function ingest(files: Readonly<Record<string, string | Uint8Array>>, opts: Parameters<typeof sokan>[2] = {}, extraArgs: string[] = []): Case {
  const { dir, remove } = tempFolder();
  folders.push(remove);
  writeFiles(join(dir, 'in'), { 'good.txt': GOOD, ...files });
  const db = join(dir, 'sokan.db');
  const run = sokan(db, ['ingest', join(dir, 'in'), ...extraArgs], opts);
  return { dir, db, run };
}

/** One stderr line naming the file and matching `why`; the good file stored; exit 1; database sound. */
function expectRejected(c: Case, file: string, why: RegExp): void {
  expect(c.run.errors, c.run.err).toHaveLength(1);
  expect(c.run.errors[0]).toContain(join(c.dir, 'in', file));
  expect(c.run.errors[0]).toMatch(why);
  expect(c.run.code).toBe(1);
  expect(storedNames(c.db)).toContain('good');
  expect(health(c.db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });
}

function expectAccepted(c: Case, names: string[]): void {
  expect(c.run.err).toBe('');
  expect(c.run.code).toBe(0);
  expect(storedNames(c.db)).toEqual([...names, 'good'].sort());
  expect(health(c.db)).toEqual({ integrity: 'ok', foreignKeyProblems: 0, halfStored: 0 });
}

const column = <T>(db: string, query: string, ...params: unknown[]): T[] => withDb(db, (d) => d.prepare(query).all(...params) as T[]);
const encode = (text: string, to: 'SJIS' | 'EUCJP' | 'JIS') =>
  Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', type: 'array' }));

describe('bad input, through the built CLI', () => {
  it('empty file', () => {
    expectRejected(ingest({ 'empty.txt': '' }), 'empty.txt', /empty \(0 bytes\)/);
  });

  it('binary file with a text extension', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expectRejected(ingest({ 'photo.txt': bytes }), 'photo.txt', /binary, not text/);
  });

  // A 200 MB text file and a 10 MB line are read in parts: see large-file.test.ts.

  it('invalid UTF-8 (a stray byte in Japanese UTF-8)', () => {
    const bytes = Buffer.from(GOOD_JA);
    const bad = Buffer.concat([bytes.subarray(0, 31), Buffer.from([0xff]), bytes.subarray(31)]);
    expectRejected(ingest({ 'stray.txt': bad }), 'stray.txt', /encoding could not be recognised .*save the file as UTF-8/);
  });

  it.each(['SJIS', 'EUCJP', 'JIS'] as const)('%s without a declaration ingests with the text intact', (enc) => {
    const c = ingest({ 'legacy.txt': encode(GOOD_JA, enc) });
    expectAccepted(c, ['legacy']);
    const [doc] = column<{ encoding: string; original_text: string }>(c.db, `select encoding, original_text from documents where file_name = 'legacy'`);
    expect(doc).toEqual({ encoding: enc, original_text: GOOD_JA });
  });

  it('mixed line endings: original kept byte for byte, paragraphs read the same', () => {
    const text = '第一段落の一行目で、\r\n二行目に続く。\r\rSecond paragraph, first line\rcontinues here.\n\nThird paragraph.';
    const c = ingest({ 'mixed.txt': text });
    expectAccepted(c, ['mixed']);
    const [doc] = column<{ original_text: string; normalised_text: string }>(c.db, `select original_text, normalised_text from documents where file_name = 'mixed'`);
    expect(doc!.original_text).toBe(text);
    expect(doc!.normalised_text).toBe('第一段落の一行目で、二行目に続く。\nSecond paragraph, first line continues here.\nThird paragraph.');
  });

  it('malformed PDF', () => {
    expectRejected(ingest({ 'malformed.pdf': '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage' }), 'malformed.pdf', /PDF is damaged or truncated|could not be read|no text layer/);
  });

  it('truncated PDF', () => {
    const pdf = makePdf([['The ministers met in Tokyo on 5 March 2024.']]);
    expectRejected(ingest({ 'cut.pdf': pdf.subarray(0, 200) }), 'cut.pdf', /PDF is damaged or truncated|could not be read|no text layer/);
  });

  it('encrypted PDF', () => {
    expectRejected(ingest({ 'locked.pdf': makePdf([['Secret minutes.']], { encrypt: true }) }), 'locked.pdf', /password-protected; remove the password/);
  });

  it('PDF with no text layer says so: no OCR yet', () => {
    expectRejected(ingest({ 'scan.pdf': makePdf([[]]) }), 'scan.pdf', /no text layer .*no OCR yet/);
  });

  it('HTML with scripts, event handlers and 100 000 nested elements', () => {
    const nest = 100_000;
    const html =
      '<html><head><title>Talks</title><script>document.write("INJECTED")</script></head><body onload="alert(1)">' +
      '<div onclick="steal()">'.repeat(nest) +
      '<p onmouseover="x()">The envoys met in Seoul.</p><img src=x onerror="alert(2)"><style>p{}</style><noscript>NOSCRIPT</noscript>' +
      '</div>'.repeat(nest) +
      '</body></html>';
    const c = ingest({ 'deep.html': html });
    expectAccepted(c, ['deep']);
    const [doc] = column<{ original_text: string; title: string }>(c.db, `select original_text, title from documents where file_name = 'deep'`);
    expect(doc).toEqual({ original_text: 'The envoys met in Seoul.', title: 'Talks' });
  });

  it('file names with control characters are reported escaped; look-alike separators and `..` are plain names', () => {
    const c = ingest({ 'bell\x07\x1b[31m.txt': '', 'a\\b.txt': 'A file name with a backslash in it.', 'a／b.txt': '全角スラッシュを含む名前のファイル。', 'dots..txt': 'Two dots in the name.' });
    expect(c.run.errors).toHaveLength(1);
    expect(c.run.errors[0]).toContain(`${join(c.dir, 'in')}/bell\\x07\\x1b[31m.txt: the file is empty`);
    expect(c.run.err).not.toMatch(/[\x07\x1b]/);
    expect(storedNames(c.db)).toEqual(['a／b', 'a\\b', 'dots.', 'good'].sort());
  });

  it('`..` in paths: a folder named `..x` is hidden (skipped in a walk) but ingests when named; `in/sub/../x.txt` works', () => {
    const c = ingest({ '..x/inside.txt': 'A note kept in a folder whose name starts with two dots.', 'sub/keep.txt': 'Another note of mine.' });
    expectAccepted(c, ['keep']);
    const again = sokan(c.db, ['ingest', join(c.dir, 'in', '..x'), `${join(c.dir, 'in', 'sub')}/../sub/keep.txt`]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/1 stored, 1 already stored, 0 failed/);
  });

  it('symlink loops in a folder end, and each file is stored once', () => {
    const { dir, remove } = tempFolder();
    folders.push(remove);
    writeFiles(join(dir, 'in'), { 'good.txt': GOOD, 'a/note.txt': 'A note in a looping folder.' });
    symlinkSync('..', join(dir, 'in', 'a', 'up'));
    symlinkSync('.', join(dir, 'in', 'a', 'self'));
    mkdirSync(join(dir, 'in', 'b'));
    symlinkSync(join(dir, 'in', 'b', 'c'), join(dir, 'in', 'b', 'c')); // points at itself: ELOOP
    const db = join(dir, 'sokan.db');
    const run = sokan(db, ['ingest', join(dir, 'in')], { timeout: 20_000 });
    expect(run.code).toBe(0);
    expect(storedNames(db)).toEqual(['good', 'note']);
  });

  it('thousands of footnotes are all found', () => {
    const notes = Array.from({ length: 3000 }, (_, i) => `${i + 1}. Ministry statement no. ${i + 1}, https://example.org/s/${i + 1} (accessed 2024-02-01)`);
    const body = Array.from({ length: 3000 }, (_, i) => `Point ${i + 1} of the statement is recorded here.[${i + 1}]`).join('\n');
    const c = ingest({ 'notes.txt': `${body}\n\nNotes\n\n${notes.join('\n')}\n` });
    expectAccepted(c, ['notes']);
    const [{ n }] = column<{ n: number }>(c.db, `select count(*) as n from citations c join documents d on d.id = c.document_id where d.file_name = 'notes'`) as [{ n: number }];
    expect(n).toBe(3000);
  });

  it('impossible and far dates (2月30日, 令和99年) never become invalid stored dates', () => {
    const text = '北朝鮮の金正恩総書記は2023年2月30日、プーチン大統領と会談した。\nロシアのラブロフ外相は令和99年5月1日に北朝鮮を訪問する予定だ。\n';
    const c = ingest({ 'dates.txt': text });
    expectAccepted(c, ['dates']);
    const dates = column<{ date: string }>(c.db, 'select date from events union all select date from claims where date is not null');
    for (const { date } of dates) {
      expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (date.length === 10) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });

  it('令和99年 is read as 2117, or not at all, never as another year', () => {
    const c = ingest({ 'reiwa.txt': '金正恩総書記は2023年9月13日、プーチン大統領と会談した。\nロシアのラブロフ外相は令和99年5月1日に北朝鮮を訪問する予定だ。\n' });
    const dates = column<{ date: string }>(c.db, `select e.date from events e join event_sources s on s.event_id = e.id where s.quote like '%令和99年%'`);
    for (const { date } of dates) expect(date.startsWith('2117')).toBe(true);
  });

  it('numbers like 1e309 and 9999兆 give finite figures or none, and exports stay valid JSON', () => {
    const text = '米政府は、北朝鮮がロシアにコンテナ1e309個分の軍事物資を供与したと発表した。\n韓国政府は、北朝鮮がロシアに9999兆発の砲弾を供与したと発表した。\nThe US said North Korea sent 1e309 shells to Russia.\n';
    const c = ingest({ 'numbers.txt': text });
    expectAccepted(c, ['numbers']);
    const claims = column<{ low: number; high: number | null }>(c.db, 'select low, high from claims');
    expect(claims).toContainEqual({ low: 9999e12, high: 9999e12 });
    for (const cl of claims) {
      expect(Number.isFinite(cl.low)).toBe(true);
      if (cl.high !== null) expect(Number.isFinite(cl.high)).toBe(true);
    }
    const exported = sokan(c.db, ['export', 'claims', '--format', 'jsonl']);
    expect(exported.code).toBe(0);
    for (const line of exported.out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});
