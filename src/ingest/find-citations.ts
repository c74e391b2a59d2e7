import type { Citation, OffsetMapLike } from '../core/document.js';
import { isNotesTitle } from './line-kind.js';
import { findAccessDate, findPublisher, findUrl } from './parse-citation.js';

interface Candidate {
  readonly marker: string;
  readonly kind: number; // which marker style (superscript, 注, [n], (n), n, roman, *n)
  readonly value: number | null; // marker as a number, for sequence checks
  readonly start: number; // of the note text, in the normalised text
  end: number;
  text: string;
  readonly inNotes: boolean;
  accepted: boolean;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const COUNTERS = '年月日時分秒個人回件度%万億千百名歳周期号条項次位台機発隻両国カヶケか箇ヵ倍割点枚本社.,、~-';

/** Marker at the start of a paragraph: `¹`, `注3`, `[2]`, `(4)`, `5.`, `12`, `1234.`, `iv`, `*1`, `※2`, Markdown `[^2]:`. */
const MARKER =
  /^(?:([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|((?:脚注|注)\s*\d{0,3})\s*[):.]?|\[(\d{1,4})\]|\((\d{1,3})\)|(\d{1,3}|\d{4}(?=\.(?!\d)))(?:\.(?!\d)|(?=\s*[^\s\d]))|([ivx]{1,6})(?=[\s\u3000-\u9fff])|[*※](\d{1,3})|\[\^([0-9A-Za-z]{1,10})\]:)\s*/;

/**
 * Finds footnotes and endnotes in normalised text (where each note starts
 * its own paragraph — the normaliser breaks paragraphs at note markers).
 *
 * A marked paragraph counts as a note when it is in a notes section (after a
 * `注` / `Notes` / `References` line), or reads like a citation (a URL, an
 * access date, or a 「title」 with a year), or continues the numbering of a
 * neighbouring note. Numbered headings in the body pass none of these tests.
 * A following unmarked paragraph that only adds the URL is folded into the note.
 */
export function findCitations(normalised: string, offsets: OffsetMapLike): Citation[] {
  const candidates = collectCandidates(normalised);
  acceptBySequence(candidates);
  return candidates.filter((c) => c.accepted).map((c) => toCitation(c, offsets));
}

function collectCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let inNotes = false;
  let last: Candidate | null = null;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const para = text.slice(start, end);
    if (isNotesTitle(para.trim())) inNotes = true;
    else {
      const c = candidateAt(para, start, end, inNotes);
      if (c) out.push(c);
      else if (last?.accepted && findUrl(last.text) === null && findUrl(para) !== null && para.length <= 300) {
        last.text = `${last.text} ${para}`;
        last.end = end;
      }
      last = c ?? null;
    }
    start = end + 1;
  }
  return out;
}

function candidateAt(para: string, start: number, end: number, inNotes: boolean): Candidate | null {
  const m = MARKER.exec(para);
  if (!m || m[0].length >= para.length) return null;
  const bare = m[5];
  if (bare !== undefined && COUNTERS.includes(para[m[0].length] ?? '') && !para.startsWith(`${bare}.`)) return null;
  const kind = [1, 2, 3, 4, 5, 6, 7, 8].find((k) => m[k] !== undefined) ?? 0;
  const marker = (m[kind] ?? '').trim();
  const text = para.slice(m[0].length).trim();
  const textStart = start + m[0].length;
  return {
    marker,
    kind,
    value: markerValue(marker),
    start: textStart,
    end,
    text,
    inNotes,
    accepted: inNotes || looksLikeCitation(text),
  };
}

function looksLikeCitation(text: string): boolean {
  if (findUrl(text) !== null || findAccessDate(text) !== null) return true;
  const titled = /[「『"“].+[」』"”]/.test(text);
  const dated = /(?:19|20)\d{2}\s*年|\((?:19|20)\d{2}\)|\b(?:19|20)\d{2}\b/.test(text);
  return titled && dated;
}

/** A marker of the same style one more (or less) than an accepted neighbour's is accepted too. */
function acceptBySequence(cs: Candidate[]): void {
  const follows = (a: Candidate, b: Candidate) =>
    a.kind === b.kind && a.value !== null && b.value !== null && b.value === a.value + 1;
  for (let i = 1; i < cs.length; i++) {
    if (!cs[i]!.accepted && cs[i - 1]!.accepted && follows(cs[i - 1]!, cs[i]!)) cs[i]!.accepted = true;
  }
  for (let i = cs.length - 2; i >= 0; i--) {
    if (!cs[i]!.accepted && cs[i + 1]!.accepted && follows(cs[i]!, cs[i + 1]!)) cs[i]!.accepted = true;
  }
}

function markerValue(marker: string): number | null {
  const digits = marker.replace(/^(?:脚注|注)\s*/, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(marker)) return Number([...marker].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
  if (/^[ivx]+$/.test(marker)) return romanValue(marker);
  return null;
}

function romanValue(s: string): number | null {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total > 0 ? total : null;
}

function toCitation(c: Candidate, offsets: OffsetMapLike): Citation {
  const url = findUrl(c.text);
  return {
    marker: c.marker,
    text: c.text,
    url,
    accessDate: findAccessDate(c.text),
    publisher: findPublisher(c.text, url),
    span: offsets.toOriginal(c.start, c.end),
  };
}
