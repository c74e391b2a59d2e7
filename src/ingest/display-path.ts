/**
 * A path made safe to print on one line: control characters (C0, DEL, C1) and
 * the bidirectional overrides that can disguise a name are written as `\xNN`
 * or `\u{NNNN}`, so an error message naming a hostile file can neither break
 * the one-line-per-file report nor drive the terminal. Other characters,
 * Japanese included, are kept as they are.
 */
export function displayPath(path: string): string {
  return path.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
