import { readFileSync } from 'node:fs';
import type { DateMention } from '../../core/date-mention.js';
import { dataPath } from '../../data-path.js';
import { parseIsoParts } from './calendar.js';

/**
 * Dates counted from a commemorated event: 朝鮮戦争休戦70周年 is July 2023, "the
 * 75th anniversary of the founding of the DPRK" September 2023. Papers on
 * Northeast Asia date delegations and ceremonies this way more often than by
 * the calendar; the reader knows the original dates, so they are data
 * (data/anniversaries.json), not rules.
 */

interface AnniversaryJson {
  readonly id: string;
  readonly date: string;
  readonly ja?: readonly string[];
  readonly en?: readonly string[];
}

export interface AnniversaryTable {
  /** Group 1 the name, group 2 the number of years. */
  readonly ja: RegExp | null;
  /** Group 1 the number of years, group 2 the name. */
  readonly en: RegExp | null;
  /** Original year and month by name (English names lower-cased). */
  readonly byName: ReadonlyMap<string, { readonly y: number; readonly m: number }>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Validates and compiles the table of `data/anniversaries.json`. Pure. */
export function compileAnniversaries(json: { anniversaries: readonly AnniversaryJson[] }): AnniversaryTable {
  const byName = new Map<string, { y: number; m: number }>();
  const ja: string[] = [];
  const en: string[] = [];
  for (const a of json.anniversaries) {
    const p = parseIsoParts(a.date);
    if (p === null || p.m === undefined) throw new Error(`anniversary ${a.id}: "date" must be an ISO date with a month (got ${a.date})`);
    for (const n of a.ja ?? []) { byName.set(n.normalize('NFKC'), { y: p.y, m: p.m }); ja.push(n.normalize('NFKC')); }
    for (const n of a.en ?? []) { byName.set(n.toLowerCase(), { y: p.y, m: p.m }); en.push(n); }
  }
  return {
    ja: ja.length ? new RegExp(`(${alternation(ja)})(?:の|から)?\\s?(\\d{1,3})\\s?周年`, 'gu') : null,
    en: en.length ? new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of\\s+(?:the\\s+)?(${alternation(en)})\\b`, 'giu') : null,
    byName,
  };
}

/** Reads `data/anniversaries.json` (I/O edge). */
export function loadAnniversaries(file = dataPath('anniversaries.json')): AnniversaryTable {
  try {
    return compileAnniversaries(JSON.parse(readFileSync(file, 'utf8')) as { anniversaries: AnniversaryJson[] });
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** Anniversary dates in `text` (digits already half-width), left to right. Pure. */
export function findAnniversaries(text: string, table: AnniversaryTable): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, name: string, years: string): void => {
    const base = table.byName.get(name) ?? table.byName.get(name.toLowerCase());
    const n = Number(years);
    if (!base || n <= 0) return;
    out.push({
      start, end, surface: text.slice(start, end),
      iso: `${String(base.y + n).padStart(4, '0')}-${String(base.m).padStart(2, '0')}`,
      isoEnd: null, precision: 'month', relative: true,
    });
  };
  // the cheap test first: most documents name no anniversary
  if (table.ja && text.includes('周年')) for (const m of text.matchAll(table.ja)) add(m.index, m.index + m[0].length, m[1]!, m[2]!);
  if (table.en && /anniversary/i.test(text)) for (const m of text.matchAll(table.en)) add(m.index, m.index + m[0].length, m[2]!, m[1]!);
  return out.sort((a, b) => a.start - b.start);
}
