import type { ClaimLexicon } from './claim-lexicon.js';
import { nounBefore } from './context-noun.js';
import type { Quantity } from './quantity.js';

/**
 * A table flattened into the text: a header of column words (`回数 分数 回数
 * 分数`) followed by rows of a label and bare numbers (`首脳会談4 76 10 185`).
 * A row with as many numbers as columns maps one to one; a shorter row maps
 * by the header's repeating period (a row with only one year's pair); any
 * other row is skipped. The table ends at the first text that is not a row.
 */
const ROW_RE = /\s?([^\d\s、。,.!?！？()（）「」]{1,16}?)\s?(\d+(?:,\d{3})*(?:\.\d+)?(?:\s\d+(?:,\d{3})*(?:\.\d+)?)*)/y;
const CELL_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const UNIT_AFTER = /^\s?[年月日時分秒%人回個件ヶカか万億兆]/;
const CONTEXT_BEFORE = 60;

export function findTableQuantities(text: string, lex: ClaimLexicon): Quantity[] {
  const out: Quantity[] = [];
  lex.tableHeaderRe.lastIndex = 0;
  for (let h = lex.tableHeaderRe.exec(text); h; h = lex.tableHeaderRe.exec(text)) {
    const columns = headerColumns(h[0], lex).map((c) => columnUnit(c, text, h!.index, lex));
    if (columns.length < 2) continue;
    const end = readRows(text, h.index + h[0].length, columns, out);
    lex.tableHeaderRe.lastIndex = Math.max(end, h.index + h[0].length);
  }
  return out;
}

function headerColumns(header: string, lex: ClaimLexicon): string[] {
  const words = [...lex.tableColumns.keys()].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let i = 0;
  while (i < header.length) {
    const w = words.find((x) => header.startsWith(x, i));
    if (w) {
      out.push(w);
      i += w.length;
    } else i++;
  }
  return out;
}

function columnUnit(word: string, text: string, headerStart: number, lex: ClaimLexicon): string {
  const unit = lex.tableColumns.get(word)!;
  if (!unit.startsWith('@')) return unit;
  const set = lex.nounSets.get(unit.slice(1)) ?? [];
  const context = text.slice(Math.max(0, headerStart - CONTEXT_BEFORE), headerStart).replace(/[、。]/g, ' ');
  return nounBefore(context, context.length, set)?.[1] ?? 'event';
}

/** Reads rows from `pos`; returns where the table ends. */
function readRows(text: string, pos: number, columns: readonly string[], out: Quantity[]): number {
  const period = repeatPeriod(columns);
  for (;;) {
    ROW_RE.lastIndex = pos;
    const m = ROW_RE.exec(text);
    if (!m) return pos;
    const label = m[1]!;
    const cellsStart = m.index + m[0].length - m[2]!.length;
    const cells = [...m[2]!.matchAll(CELL_RE)].map((c) => ({ start: cellsStart + c.index, text: c[0] }));
    let rowEnd = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(rowEnd, rowEnd + 2))) {
      cells.pop(); // `総計28 624 57 1350 2018年`: the last number belongs to the next sentence part
      rowEnd = cells.length ? cells[cells.length - 1]!.start + cells[cells.length - 1]!.text.length : rowEnd;
    }
    if (cells.length === 0 || cells.length > columns.length) return m.index;
    const mapped = cells.length === columns.length ? columns : cells.length % period === 0 ? columns.slice(0, period) : null;
    const rowStart = m.index + m[0].indexOf(label);
    if (mapped) {
      cells.forEach((c, i) => {
        const v = Number(c.text.replace(/,/g, ''));
        const unit = mapped[i % mapped.length]!;
        out.push({
          start: c.start, end: c.start + c.text.length, surface: c.text, low: v, high: v, approx: false,
          unit, rule: 'ja.table', cue: `col${i + 1}`, label, context: { start: rowStart, end: rowEnd },
        });
      });
    }
    pos = rowEnd;
  }
}

/** Smallest p such that the columns repeat every p (回数 分数 回数 分数 → 2). */
function repeatPeriod(columns: readonly string[]): number {
  for (let p = 1; p < columns.length; p++) {
    if (columns.length % p === 0 && columns.every((c, i) => c === columns[i % p])) return p;
  }
  return columns.length;
}
