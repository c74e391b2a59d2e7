/** Japanese era names we resolve, with their first Western year and last valid era year. */
const ERAS: Readonly<Record<string, { readonly first: number; readonly last: number }>> = {
  令和: { first: 2019, last: 20 }, // open-ended; later years are more likely OCR noise
  平成: { first: 1989, last: 31 },
  昭和: { first: 1926, last: 64 },
  大正: { first: 1912, last: 15 },
};

export const ERA_NAMES = Object.keys(ERAS);

/** Western year of `era` year `n` (元年 is n = 1); null outside the era's real span. */
export function eraToWesternYear(era: string, n: number): number | null {
  const span = ERAS[era];
  if (span === undefined || !Number.isInteger(n) || n < 1 || n > span.last) return null;
  return span.first + n - 1;
}
