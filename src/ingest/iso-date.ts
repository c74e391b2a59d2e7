/**
 * Date helpers shared by HTML, PDF and citation parsing. All return ISO
 * partial dates (`2024`, `2024-07`, `2024-07-12`) or null, and never guess
 * beyond what the input states.
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Japanese eras: first Gregorian year minus one. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

export function isoDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null;
  if (month === undefined) return String(year);
  if (!(month >= 1 && month <= 12)) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (!(day >= 1 && day <= daysIn(year, month))) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `March`, `Mar`, `Sept` → 3, 3, 9; anything else (`Mayor`, `Decision`) → undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key) && key.length <= 4));
  return i < 0 ? undefined : i + 1;
}

export function eraYear(era: string, year: string): number | null {
  const base = ERAS[era];
  if (base === undefined) return null;
  const n = year === '元' ? 1 : Number(year);
  return Number.isFinite(n) ? base + n : null;
}

/** A date from an HTML/PDF metadata field: ISO timestamps, `D:20240712…` PDF dates, or plain dates. */
export function isoDateFromMeta(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v);
  if (pdf) return isoDate(Number(pdf[1]), pdf[2] ? Number(pdf[2]) : undefined, pdf[3] ? Number(pdf[3]) : undefined);
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/.exec(v);
  if (iso) return isoDate(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const first = findDates(v)[0];
  return first ? first.iso : null;
}

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

const DATE_PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: (m) => era(m) },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?<![\d.])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d.])/g, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  {
    re: /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/g,
    read: (m) => withMonth(m[1]!, (mo) => isoDate(+m[3]!, mo, +m[2]!)),
  },
  {
    re: /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/g,
    read: (m) => withMonth(m[2]!, (mo) => isoDate(+m[3]!, mo, +m[1]!)),
  },
];

function era(m: RegExpExecArray): string | null {
  const y = eraYear(m[1]!, m[2]!);
  return y === null ? null : isoDate(y, +m[3]!, +m[4]!);
}

function withMonth(name: string, f: (month: number) => string | null): string | null {
  const mo = monthNumber(name);
  return mo === undefined ? null : f(mo);
}

/** Every full (day-precision) date in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const iso = read(m);
      if (iso !== null) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.index + found[i - 1]!.length);
}
