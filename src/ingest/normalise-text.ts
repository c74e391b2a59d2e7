import type { Span } from '../core/span.js';
import { endsSentence, isKanaOrHan, isSpace } from './char-class.js';
import { isBareNumberNote, isHeadingLine, isNoteLine, isShortHeading } from './line-kind.js';
import type { OffsetMap } from './offset-map.js';
import { findPageFurniture } from './page-furniture.js';
import { splitLines } from './split-lines.js';
import { TextWriter } from './text-writer.js';

export interface NormalisedText {
  readonly text: string;
  readonly offsets: OffsetMap;
}

export interface NormalisedTextDetail extends NormalisedText {
  /** Original spans of the lines dropped as page furniture. */
  readonly dropped: readonly Span[];
}

/**
 * Normalises extracted text for matching: per-cluster NFKC, hard line wraps
 * joined, paragraphs separated by a single `\n`, spaces collapsed (and removed
 * next to CJK), page numbers and running headers dropped. See
 * `normaliseTextDetailed` for the rules.
 */
export function normaliseText(original: string): NormalisedText {
  const { text, offsets } = normaliseTextDetailed(original);
  return { text, offsets };
}

interface Gap {
  blanks: number;
  pageBreak: boolean;
}

/**
 * Paragraph rules, deliberately simple:
 * - a blank line (or a form feed) ends a paragraph; in a "double-spaced"
 *   extraction, where every wrapped line is followed by one blank line, it
 *   takes two blank lines, or a line much shorter than the others;
 * - a numbered heading or a note marker starts a paragraph, and a short
 *   heading also ends one;
 * - across a page break (form feed or dropped furniture) the paragraph
 *   continues unless the previous line ended a sentence;
 * - in one-blank-line text, a blank line after a full-length line that stops
 *   mid-word or mid-sentence (…積んだコ / ンテナを…) is a page break the
 *   extraction left unmarked: the paragraph continues (isCutMidSentence);
 * - any other line break is a wrap and is joined.
 */
export function normaliseTextDetailed(original: string): NormalisedTextDetail {
  const lines = splitLines(original);
  const trimmed = lines.map((l) => trimSpaces(original.slice(l.start, l.end)));
  const furniture = findPageFurniture(lines, trimmed);
  const layout = doubleSpacedLayout(trimmed);
  const writer = new TextWriter(original);
  const dropped: Span[] = [];
  let prev: number | null = null;
  let gap: Gap = { blanks: 0, pageBreak: false };
  lines.forEach((line, i) => {
    const t = trimmed[i]!;
    if (furniture[i]) {
      dropped.push({ start: line.start, end: line.end });
      gap.pageBreak = true;
    } else if (t === '') {
      gap.blanks++;
    } else {
      if (prev !== null) {
        const before = lines[prev]!;
        if (before.page !== line.page) gap.pageBreak = true;
        const breaks = isParagraphBreak(trimmed[prev]!, t, gap, layout);
        if (breaks) writer.paragraphBreak(before.end, before.next);
        else writer.lineJoin(before.end, before.next, t[0] ?? '');
      }
      writer.writeLine(line.start, line.end);
      prev = i;
      gap = { blanks: 0, pageBreak: false };
    }
  });
  return { ...writer.finish(), dropped };
}

function isParagraphBreak(prev: string, next: string, gap: Gap, layout: Layout | null): boolean {
  const prevEndsSentence = endsSentence(prev[prev.length - 1] ?? '');
  if (isHeadingLine(next) || isNoteLine(next) || isBareNumberNote(next, prevEndsSentence || isNoteLine(prev))) {
    return true;
  }
  if (isShortHeading(prev)) return true;
  if (layout !== null && prev.length < layout.lineWidth * 0.6) return true;
  if (gap.pageBreak) return prevEndsSentence;
  if (layout === null && gap.blanks === 1 && isCutMidSentence(prev, next)) return false;
  return gap.blanks >= (layout === null ? 1 : 2);
}

/**
 * A page break that some extractions render as a plain blank line, cutting a
 * sentence (even a word: コ|ンテナ) in two: the line before is a full-length
 * line that stops on a letter or a comma rather than a sentence end, and the
 * line after opens with a letter (or a Latin gloss in brackets, (NATO)…), not
 * with a quotation or a heading. Titles and bylines
 * are short, and table rows end on figures, so they stay apart.
 */
function isCutMidSentence(prev: string, next: string): boolean {
  if (prev.length < CUT_LINE_MIN_LENGTH || isNoteLine(prev)) return false;
  const last = prev.codePointAt(prev.length - 1) ?? 0;
  const first = next.codePointAt(0) ?? 0;
  // 北大西洋条約機構 / (NATO)加盟国: a Latin gloss in brackets continues the name before it
  if (!isWordChar(last, true) || !(isWordChar(first, false) || LATIN_GLOSS.test(next))) return false;
  // An English line (no kana or kanji: a Japanese line may end on a romanised name, Boris / Petrov):
  // a sentence cut by a page break goes on in lower case ("…shipped the / shells to…"), while a
  // headline without a full stop is followed by a capital ("…draw closer / SEOUL, June 20 —")
  return !isLatinLetter(last) || HAS_CJK.test(prev) || isLowerLatin(first);
}

const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

function isLowerLatin(cp: number): boolean {
  return cp >= 0x61 && cp <= 0x7a;
}

const LATIN_GLOSS = /^[(（][A-Za-z]/u;

/** Shorter lines before a blank line are taken for titles, bylines or table rows. */
const CUT_LINE_MIN_LENGTH = 30;

/** Kana, Han or a Latin letter; a comma too at the end of the line before the cut. */
function isWordChar(cp: number, commaOk: boolean): boolean {
  if (commaOk && (cp === 0x3001 || cp === 0xff0c || cp === 0x2c)) return true;
  return isKanaOrHan(cp) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

interface Layout {
  /** Typical (75th percentile) length of a wrapped line. */
  readonly lineWidth: number;
}

/**
 * Some PDF extractions put a blank line after every wrapped line (and two or
 * more between paragraphs). Recognised when most gaps between text lines are
 * exactly one blank line and lines look wrapped at a fixed width (75th
 * percentile ≤ 120 characters) — unlike web text, where each paragraph is
 * one long line. In such a layout a line much shorter than the typical width
 * (titles, bylines, last lines) also ends its paragraph, since blank lines no
 * longer tell.
 */
function doubleSpacedLayout(trimmed: readonly string[]): Layout | null {
  const lengths: number[] = [];
  let gaps = 0;
  let singleGaps = 0;
  let blanks = -1; // -1 until the first text line
  for (const t of trimmed) {
    if (t === '') {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) {
      gaps++;
      if (blanks === 1) singleGaps++;
    }
    blanks = 0;
    lengths.push(t.length);
  }
  if (lengths.length < 10 || singleGaps < 0.6 * gaps) return null;
  lengths.sort((a, b) => a - b);
  const lineWidth = lengths[Math.floor(lengths.length * 0.75)]!;
  return lineWidth <= 120 ? { lineWidth } : null;
}

function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
