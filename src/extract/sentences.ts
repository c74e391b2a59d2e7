/**
 * Sentence splitting for normalised Japanese and English text.
 *
 * Japanese sentences end at 。！？ (and their ASCII forms after NFKC), but a
 * full stop inside 「」『』 or () belongs to the quoted speech, so bracket depth
 * is tracked. Paragraph breaks (\n) always end a sentence. English sentences
 * end at . ! ? followed by a space and an upper-case letter or a quote, except
 * after common abbreviations (Mr., U.S., Sept.).
 *
 * Written by hand because no maintained library splits mixed Japanese/English
 * text while keeping exact offsets; it is one linear pass.
 */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const OPEN = new Set(['「', '『', '(', '（', '“', '【', '〈', '《']);
const CLOSE = new Set(['」', '』', ')', '）', '”', '】', '〉', '》']);
const JA_END = new Set(['。', '！', '？', '!', '?']);
const EN_ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|St|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|No|vs|etc|approx|U\.S|U\.N|e\.g|i\.e|Jr|Sr)|\b[A-Z])\.$/;
const MAX_SENTENCE = 2000;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let depth = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\f') {
      push(i);
      start = i + 1;
      depth = 0;
      paragraph++;
      continue;
    }
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && JA_END.has(ch)) {
      push(i + 1);
      continue;
    } else if (depth === 0 && ch === '.' && isEnglishStop(text, i)) {
      push(i + 1);
      continue;
    }
    // A runaway bracket (unbalanced 「) must not swallow a whole document.
    if (i - start > MAX_SENTENCE && (ch === '。' || ch === '.')) {
      depth = 0;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

function isEnglishStop(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== ' ') return false;
  const after = text[i + 2];
  if (after === undefined || !/[A-Z"“(]/.test(after)) return false;
  const before = text.slice(Math.max(0, i - 8), i + 1);
  return !EN_ABBREV.test(before);
}
