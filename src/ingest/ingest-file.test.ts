import Encoding from 'encoding-japanese';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, listInputFiles } from './ingest-file.js';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

const REPORT = `港湾協力の新展開

山田花子

東亜大学准教授

1．はじめに
両国の外相は 2023 年 9 月 13 日に
会談し、港湾協力で合意した(注1)。

注1 東亜通信「港湾協力で合意」https://example.jp/news/1 （2023年10月1日閲覧）
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sokan-ingest-'));
  const sjis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(REPORT), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
  await writeFile(at('report.txt'), sjis);
  await writeFile(
    at('page.html'),
    '<html><head><title>Port deal</title><meta name="author" content="J. Doe"><meta property="og:site_name" content="East Wire">' +
      '<meta name="date" content="2024-07-12"></head><body><p>The two ministers met<br>in Seoul.</p><p>They agreed.</p></body></html>',
  );
  await writeFile(at('notes.md'), '# Heading\n\nSome *markdown* text.\n');
  await writeFile(at('broken.pdf'), 'not really a pdf');
  await writeFile(at('empty.txt'), '');
  await writeFile(at('data.csv'), 'a,b\n');
  await mkdir(at('sub', 'deeper'), { recursive: true });
  await writeFile(at('sub', 'b.htm'), '<p>x</p>');
  await writeFile(at('sub', 'deeper', 'a.TXT'), 'x');
  await writeFile(at('sub', '.hidden.txt'), 'x');
  await mkdir(at('.git'));
  await writeFile(at('.git', 'c.txt'), 'x');
  await symlink(dir, at('sub', 'loop'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestFile', () => {
  it('ingests a Shift_JIS text file end to end', async () => {
    const r = await ingestFile(at('report.txt'));
    if (!r.ok) throw new Error(r.error);
    const doc = r.value;
    expect(doc).toMatchObject({
      fileName: 'report',
      format: 'txt',
      encoding: 'SJIS',
      language: 'ja',
      title: '港湾協力の新展開',
      author: '山田花子',
      publishedDate: '2023-09-13',
      originalText: REPORT,
    });
    expect(doc.contentHash).toBe(createHash('sha256').update(REPORT).digest('hex'));
    expect(doc.normalisedText).toContain('両国の外相は2023年9月13日に会談し、港湾協力で合意した(注1)。');
    expect(doc.citations).toHaveLength(1);
    const [note] = doc.citations;
    expect(note).toMatchObject({ marker: '注1', url: 'https://example.jp/news/1', accessDate: '2023-10-01' });
    expect(doc.originalText.slice(note!.span.start, note!.span.end)).toMatch(/^東亜通信「港湾協力で合意」/);
    const i = doc.normalisedText.indexOf('会談し');
    const span = doc.offsets.toOriginal(i, i + 3);
    expect(doc.originalText.slice(span.start, span.end)).toBe('会談し');
  });

  it('ingests HTML with its metadata winning over guesses', async () => {
    const r = await ingestFile(at('page.html'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({
      format: 'html',
      encoding: 'UTF8',
      title: 'Port deal',
      author: 'J. Doe',
      publisher: 'East Wire',
      publishedDate: '2024-07-12',
      language: 'en',
      normalisedText: 'The two ministers met in Seoul.\nThey agreed.',
    });
  });

  it('keeps markdown text as it is', async () => {
    const r = await ingestFile(at('notes.md'));
    expect(r.ok && r.value.originalText).toBe('# Heading\n\nSome *markdown* text.\n');
    expect(r.ok && r.value.format).toBe('md');
  });

  it('returns errors that name the file', async () => {
    const cases: [string, RegExp][] = [
      [at('missing.txt'), /no such file/],
      [at('sub'), /is a directory/],
      [at('data.csv'), /unsupported file type "\.csv"; supported: \.txt .*\.pdf/],
      [at('empty.txt'), /empty/],
      [at('broken.pdf'), /damaged or truncated/],
    ];
    for (const [path, message] of cases) {
      const r = await ingestFile(path);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(message);
      expect(!r.ok && r.error.startsWith(path)).toBe(true);
    }
  });
});

describe('listInputFiles', () => {
  it('expands folders recursively, sorted, skipping hidden and unsupported files and symlink loops', async () => {
    const r = await listInputFiles([dir, at('missing-folder')]);
    expect(r.files).toEqual(
      ['broken.pdf', 'empty.txt', 'notes.md', 'page.html', 'report.txt', 'sub/b.htm', 'sub/deeper/a.TXT'].map((f) => at(f)),
    );
    expect(r.errors).toEqual([{ path: at('missing-folder'), message: `${at('missing-folder')}: no such file or folder` }]);
  });

  it('takes files as given and reports unsupported ones', async () => {
    const r = await listInputFiles([at('report.txt'), at('data.csv'), at('report.txt')]);
    expect(r.files).toEqual([at('report.txt')]);
    expect(r.errors.map((e) => e.path)).toEqual([at('data.csv')]);
  });
});
