/** `20230913` or `2023-09-13` → `2023-09-13` when it is a real calendar day, else undefined. Pure. */
export function calendarDate(text: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d > days ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

/** A number field; empty → null, not a finite number → undefined. */
export function numberField(text: string | undefined): number | null | undefined {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
