import type { Language } from './language.js';

const locale = (lang: Language) => (lang === 'ja' ? 'ja-JP' : 'en-GB');

/**
 * An ISO partial date (`2023`, `2023-09`, `2023-09-13`) in the user's
 * language, showing only the precision that is known. Pure; UTC throughout.
 */
export function formatPartialDate(iso: string, lang: Language): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? '1') - 1, Number(d ?? '1')));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo !== undefined) opts.month = lang === 'ja' ? 'long' : 'short';
  if (d !== undefined) opts.day = 'numeric';
  return new Intl.DateTimeFormat(locale(lang), opts).format(date);
}

/** A timestamp (ISO 8601) as a date and time in the user's language and time zone. */
export function formatTimestamp(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A number in the user's language. */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}
