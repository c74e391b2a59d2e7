import {
  isCjk,
  isClusterExtender,
  isInvisible,
  isLatinLetter,
  isNfkcStable,
  isSpace,
} from './char-class.js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';

/**
 * Builds the normalised text and its offset map together, cluster by
 * cluster, so every output unit knows which original span produced it.
 *
 * Why per-cluster NFKC: normalising the whole text at once would lose the
 * correspondence between input and output positions (NFKC both expands
 * `㍻` → `平成` and composes `ｶﾞ` → `ガ`). A cluster is a base code point plus
 * the marks that may compose with it, so normalising clusters one at a time
 * gives (for Japanese and Latin text) the same result as whole-text NFKC,
 * while each output unit maps to exactly one original cluster. NFD is never
 * used: it would split ガ into カ + mark.
 */
export class TextWriter {
  private readonly chunks: string[] = [];
  private readonly map = new OffsetMapBuilder();
  private last = ''; // last UTF-16 unit written
  private beforeLast = '';
  private pendingSpace: number[] | null = null; // original span of a space to maybe emit

  constructor(private readonly original: string) {}

  /** Writes the line content original[start, end). */
  writeLine(start: number, end: number): void {
    const src = this.original;
    for (let i = start; i < end; ) {
      const cp = src.codePointAt(i)!;
      let j = i + (cp > 0xffff ? 2 : 1);
      while (j < end) {
        const next = src.codePointAt(j)!;
        if (!isClusterExtender(next)) break;
        j += next > 0xffff ? 2 : 1;
      }
      this.writeCluster(cp, i, j);
      i = j;
    }
  }

  /** Ends a paragraph: one `\n`, never doubled, never at the start. */
  paragraphBreak(start: number, end: number): void {
    this.pendingSpace = null;
    if (this.last === '' || this.last === '\n') return;
    this.emit('\n', start, end);
  }

  /**
   * Joins a wrapped line onto the next. A hyphen between letters at the end
   * of the line is removed when the next line starts in lower case
   * (`inter-` + `national`) and kept, without a space, otherwise. Any other
   * join leaves a pending space, which the CJK rule may drop.
   */
  lineJoin(start: number, end: number, nextFirst: string): void {
    this.pendingSpace = null;
    if (this.last === '-' && isLatinLetter(this.beforeLast)) {
      if (/^[a-z]$/.test(nextFirst)) {
        this.chunks.pop();
        this.map.pop(1);
        this.last = this.beforeLast;
        this.beforeLast = '';
      }
      return; // `Korea-` + `Japan` stays `Korea-Japan`
    }
    this.pendingSpace = [start, end];
  }

  finish(): { text: string; offsets: OffsetMap } {
    if (this.last === '\n') {
      this.chunks.pop();
      this.map.pop(1);
    }
    return { text: this.chunks.join(''), offsets: this.map.build(0) };
  }

  private writeCluster(cp: number, start: number, end: number): void {
    const single = end - start === (cp > 0xffff ? 2 : 1);
    if (single && isInvisible(cp)) return;
    if (single && isSpace(cp)) {
      if (this.pendingSpace === null) this.pendingSpace = [start, end];
      return;
    }
    const text =
      single && (isNfkcStable(cp) || isSuperscriptDigit(cp))
        ? String.fromCharCode(cp)
        : nfkc(this.original.slice(start, end));
    if (text === '') return;
    this.flushSpace(text.codePointAt(0)!);
    if (text.length === 1) this.emit(text, start, end);
    else for (const unit of text.split('')) this.emit(unit, start, end);
  }

  /** Emits a pending space only between two non-CJK characters within a paragraph. */
  private flushSpace(nextCp: number): void {
    const pending = this.pendingSpace;
    this.pendingSpace = null;
    if (pending === null || this.last === '' || this.last === '\n') return;
    if (isCjk(lastCodePoint(this.beforeLast, this.last)) || isCjk(nextCp)) return;
    this.emit(' ', pending[0]!, pending[1]!);
  }

  private emit(unit: string, start: number, end: number): void {
    this.chunks.push(unit);
    this.map.push(start, end);
    this.beforeLast = this.last;
    this.last = unit;
  }
}

/**
 * Superscript digits are note markers (`会談した¹。`). NFKC would turn them into
 * plain digits and glue them onto dates and numbers (`12日¹` → `12日1`), so
 * they are deliberately kept as they are.
 */
function isSuperscriptDigit(cp: number): boolean {
  return cp === 0xb9 || cp === 0xb2 || cp === 0xb3 || cp === 0x2070 || (cp >= 0x2074 && cp <= 0x2079);
}

function lastCodePoint(beforeLast: string, last: string): number {
  const lo = last.charCodeAt(0);
  if (lo >= 0xdc00 && lo <= 0xdfff && beforeLast !== '') return (beforeLast + last).codePointAt(0)!;
  return lo;
}

/** NFKC, with the spacing voicing marks ゛゜ first turned into combining ones so `か゛` becomes `が`. */
function nfkc(cluster: string): string {
  return cluster.replace(/\u309b/g, '\u3099').replace(/\u309c/g, '\u309a').normalize('NFKC');
}
