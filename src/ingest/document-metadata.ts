import { findDates } from './iso-date.js';
import { isHeadingLine, isPageNumberLine } from './line-kind.js';

export interface DocumentMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedDate: string | null;
}

/** How far into the head (and back from the tail) metadata is looked for. */
const WINDOW = 1500;
const MAX_TITLE = 200;

const AFFILIATION = /大学|研究所|研究センター|研究院|研究員|教授|准教授|講師|主任|フェロー|機構|財団|university|institute|professor|fellow|research/i;
const PUBLISHER =
  /^(?:公益財団法人|一般財団法人|公益社団法人|一般社団法人|独立行政法人)?\s*[^。、,.!?]{2,40}?(?:研究所|研究センター|財団|協会|機構|新聞社|出版社?|通信社|Institute|Press|Foundation|Cent(?:er|re)|Council)$/i;
const DATE_LABEL = /掲載日|発行日|公開日|発表日|更新日|published|posted|date|updated/i;
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,8}$/u;

/**
 * Guesses document metadata from normalised text (paragraphs separated by
 * `\n`). Pure and best effort: the HTML and PDF metadata, when present,
 * win over these guesses.
 */
export function guessMetadata(normalised: string, fileName: string): DocumentMetadata {
  const head = normalised.slice(0, WINDOW);
  const headLines = lines(head);
  const title = guessTitle(headLines) ?? (fileName.trim() || null);
  return {
    title,
    author: guessAuthor(headLines, title),
    publisher: guessPublisher(headLines, lines(normalised.slice(-WINDOW))),
    publishedDate: guessDate(head, normalised.length > WINDOW ? normalised.slice(-WINDOW) : ''),
  };
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** The first line that is text rather than a date, label, page number or URL. */
function guessTitle(headLines: readonly string[]): string | null {
  const line = headLines.find(
    (l) =>
      [...l.replace(/\s/g, '')].length >= 4 &&
      !isPageNumberLine(l) &&
      !/^https?:/.test(l) &&
      !DATE_LABEL.test(l.slice(0, 6)) &&
      findDates(l).every((d) => d.length < l.length - 4),
  );
  return line ? truncate(line, MAX_TITLE) : null;
}

/**
 * `By Jane Doe` in English; in Japanese, a short line with an affiliation
 * (`氏名 ○○大学教授`), or a bare name next to an affiliation line, or a bare
 * name right after the title.
 */
function guessAuthor(headLines: readonly string[], title: string | null): string | null {
  for (const l of headLines) {
    const by = /^by\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})/i.exec(l);
    if (by) return by[1]!;
  }
  const top = headLines.slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const l = top[i]!;
    if (l.length > 60 || !AFFILIATION.test(l) || isHeadingLine(l) || l === title) continue;
    const neighbour = [top[i + 1], top[i - 1]].find((n) => n !== undefined && CJK_NAME.test(n.replace(/\s/g, '')));
    return neighbour ?? l;
  }
  const afterTitle = title === null ? undefined : top[top.indexOf(title) + 1];
  return afterTitle !== undefined && CJK_NAME.test(afterTitle.replace(/\s/g, '')) ? afterTitle : null;
}

function guessPublisher(headLines: readonly string[], tailLines: readonly string[]): string | null {
  const hit = [...headLines.slice(0, 15), ...tailLines].find((l) => l.length <= 60 && PUBLISHER.test(l));
  return hit ?? null;
}

/**
 * The most prominent full date: in the head if it has any, else in the tail
 * (ignoring access dates of cited pages). A date on a labelled line
 * (`掲載日:`, `Published`) wins, then the one repeated most often, then the
 * first.
 */
function guessDate(head: string, tail: string): string | null {
  const fromHead = prominentDate(head, false);
  return fromHead ?? (tail === '' ? null : prominentDate(tail, true));
}

const ACCESSED = /^\s*\)?\s*(?:閲覧|アクセス|参照|確認|accessed|retrieved)/i;

function prominentDate(text: string, skipAccessDates: boolean): string | null {
  const dates = findDates(text).filter(
    (d) => !skipAccessDates || !ACCESSED.test(text.slice(d.index + d.length, d.index + d.length + 8)),
  );
  if (dates.length === 0) return null;
  const labelled = dates.find((d) => {
    const lineStart = text.lastIndexOf('\n', d.index) + 1;
    return DATE_LABEL.test(text.slice(Math.max(lineStart, d.index - 12), d.index + d.length + 6));
  });
  if (labelled) return labelled.iso;
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.iso, (counts.get(d.iso) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] > 1 ? top[0] : dates[0]!.iso;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
