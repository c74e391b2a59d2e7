const SPACE = /[ \u3000\t]/;

/** The character before `pos`, skipping up to two spaces; '' at the start of the text. */
export function charBefore(text: string, pos: number): string {
  let i = pos - 1;
  for (let skipped = 0; i >= 0 && skipped < 2 && SPACE.test(text[i] ?? ''); skipped++) i--;
  return i >= 0 ? (text[i] ?? '') : '';
}

/** The character right before `pos` (no skipping); '' at the start of the text. */
export function charAt(text: string, pos: number): string {
  return pos >= 0 && pos < text.length ? (text[pos] ?? '') : '';
}

/** The lower-cased ASCII word before `pos` (spaces and one hyphen skipped), for "in 2023". */
export function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i >= 0 && text[i] === '-') i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 12 && /[A-Za-z]/.test(text[i] ?? '')) i--;
  return text.slice(i + 1, end).toLowerCase();
}

export function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

/** Run a sticky regex at `pos`; null when it does not match there. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
