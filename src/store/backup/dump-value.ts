/** A column value as SQLite hands it over: null, number, bigint, text or blob. */
export type SqlValue = null | number | bigint | string | Uint8Array;

/** The JSON form of a value: JSON itself where that is exact, a tagged object where it is not. */
export type DumpValue = null | number | string | { readonly $blob: string } | { readonly $int: string } | { readonly $real: string };

/**
 * Encodes a value for a JSON Lines dump without loss: blobs as base64,
 * integers beyond 2^53 as decimal strings, and ±Infinity (which JSON cannot
 * write) as strings. Finite doubles are exact in JSON (shortest round-trip form).
 */
export function encodeValue(v: SqlValue): DumpValue {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : { $int: v.toString() };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $real: String(v) };
  return { $blob: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
}

/**
 * Integral numbers are bound as integers (a JS number would be bound as a
 * REAL, which columns without a declared type, such as sqlite_sequence.seq,
 * would keep); columns declared REAL turn them back into REALs.
 */
export function decodeValue(v: DumpValue): SqlValue {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
  if (v === null || typeof v === 'string') return v;
  if ('$blob' in v) return Buffer.from(v.$blob, 'base64');
  if ('$int' in v) return BigInt(v.$int);
  return Number(v.$real);
}
