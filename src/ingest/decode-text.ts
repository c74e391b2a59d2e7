import Encoding from 'encoding-japanese';
import { err, ok, type Result } from '../core/result.js';

export interface DecodedText {
  readonly text: string;
  /** `UTF8`, `UTF16LE`, `UTF16BE`, `SJIS`, `EUCJP` or `JIS` (ISO-2022-JP). */
  readonly encoding: string;
}

/** Share of control bytes above which content is taken to be binary. */
const MAX_CONTROL_SHARE = 0.02;
const SAMPLE = 64 * 1024;

/**
 * Decodes a text file's bytes. Order matters: a BOM is trusted first; then
 * strict UTF-8 (the common case, including ASCII). NUL bytes mean UTF-16
 * (when they sit at one byte parity and the text reads plausibly) or binary.
 * Then encoding-japanese tells Shift_JIS (read as CP932), EUC-JP and
 * ISO-2022-JP apart. NUL-free UTF-16 (pure CJK) is tried last, because
 * Shift_JIS bytes also read as plausible UTF-16.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  if (bytes.length === 0) return err('the file is empty (0 bytes); there is no text to ingest');
  const bom = decodeWithBom(bytes);
  if (bom) return ok(bom);
  const hasNul = bytes.includes(0);
  if (!hasNul && !hasIso2022Escape(bytes)) {
    const utf8 = strictDecode(bytes, 'utf-8');
    if (utf8 !== null) return ok({ text: utf8, encoding: 'UTF8' });
  }
  const utf16 = guessUtf16(bytes, hasNul);
  if (utf16) return ok(utf16);
  const binary = binaryReason(bytes);
  if (binary) return err(binary);
  const detected = Encoding.detect(bytes);
  if (detected === 'SJIS' || detected === 'EUCJP' || detected === 'JIS') {
    return ok({ text: decodeJapanese(bytes, detected), encoding: detected });
  }
  return err(
    'the text encoding could not be recognised (tried UTF-8, UTF-16, Shift_JIS, EUC-JP, ISO-2022-JP); ' +
      'save the file as UTF-8 and ingest it again',
  );
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF8' };
  }
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF16LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF16BE' };
  return null;
}

function strictDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** ESC $ @, ESC $ B, ESC ( J, ESC ( I ... : ISO-2022-JP shift sequences. */
function hasIso2022Escape(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 2, SAMPLE);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x1b && (bytes[i + 1] === 0x24 || bytes[i + 1] === 0x28)) return true;
  }
  return false;
}

/**
 * UTF-16 without a BOM. With NULs (ASCII characters), their byte parity gives
 * the byte order. Without NULs (pure CJK) the text must read plausibly in one
 * order only, and must not also be valid Shift_JIS or EUC-JP.
 */
function guessUtf16(bytes: Uint8Array, hasNul: boolean): DecodedText | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const le = plausibleShare(bytes, true);
  const be = plausibleShare(bytes, false);
  let order: 'LE' | 'BE' | null = null;
  if (hasNul) {
    const odd = nulShareAtOddPositions(bytes);
    if (odd >= 0.9 && le >= 0.9) order = 'LE';
    else if (odd <= 0.1 && be >= 0.9) order = 'BE';
  } else if (!looksLikeLegacyJapanese(bytes)) {
    if (le >= 0.95 && be < le - 0.2) order = 'LE';
    else if (be >= 0.95 && le < be - 0.2) order = 'BE';
  }
  if (order === null) return null;
  const label = order === 'LE' ? 'utf-16le' : 'utf-16be';
  return { text: new TextDecoder(label).decode(bytes), encoding: `UTF16${order}` };
}

function nulShareAtOddPositions(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    nul++;
    if (i % 2 === 1) odd++;
  }
  return nul === 0 ? 0.5 : odd / nul;
}

function looksLikeLegacyJapanese(bytes: Uint8Array): boolean {
  const d = Encoding.detect(bytes);
  return d === 'SJIS' || d === 'EUCJP' || d === 'JIS';
}

function plausibleShare(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.min(bytes.length, SAMPLE) >> 1;
  let good = 0;
  for (let k = 0; k < units; k++) {
    const lo = bytes[2 * k + (littleEndian ? 0 : 1)]!;
    const hi = bytes[2 * k + (littleEndian ? 1 : 0)]!;
    const u = (hi << 8) | lo;
    const plausible =
      (u >= 0x20 && u < 0x7f) ||
      u === 0x0a ||
      u === 0x0d ||
      u === 0x09 ||
      (u >= 0x3000 && u <= 0x30ff) ||
      (u >= 0x4e00 && u <= 0x9fff) ||
      (u >= 0xff00 && u <= 0xffef);
    if (plausible) good++;
  }
  return units === 0 ? 0 : good / units;
}

function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      return 'the file contains NUL bytes, so it is binary, not text; if it is a PDF, give it a .pdf extension, otherwise export it as plain text first';
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (controls / n > MAX_CONTROL_SHARE) {
    return `the file looks binary (${Math.round((100 * controls) / n)}% control bytes), not text; export it as plain text (UTF-8) first`;
  }
  return null;
}

/**
 * Decodes with the platform's WHATWG decoders where available (their
 * `shift_jis` is CP932, with the NEC/IBM extensions such as ① ㈱ 髙), and
 * falls back to encoding-japanese's converter.
 */
function decodeJapanese(bytes: Uint8Array, detected: 'SJIS' | 'EUCJP' | 'JIS'): string {
  const label = { SJIS: 'shift_jis', EUCJP: 'euc-jp', JIS: 'iso-2022-jp' }[detected];
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return Encoding.convert(bytes, { to: 'UNICODE', from: detected, type: 'string' });
  }
}
