/** Labels of time-axis ticks in the user's language: years alone when every tick is 1 January, else months or days. Pure. */
export function timeTickLabels(ticks: readonly Date[], lang: 'ja' | 'en'): string[] {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  const years = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const months = ticks.every((d) => d.getUTCDate() === 1);
  const opts: Intl.DateTimeFormatOptions = years ? { year: 'numeric', timeZone: 'UTC' } : months ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  const f = new Intl.DateTimeFormat(locale, opts);
  return ticks.map((d) => f.format(d));
}
