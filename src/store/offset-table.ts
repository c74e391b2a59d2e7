import type { OffsetMapLike } from '../core/document.js';
import type { Span } from '../core/span.js';

/**
 * The stored form of ingest's offset map: entry i is the ORIGINAL offset of
 * normalised offset i, for i in 0..normalised.length (the last entry is where
 * the normalised text ends in the original, normally original.length).
 * Kept as little-endian int32 bytes so the blob reads the same on any machine.
 */
export function encodeOffsets(offsets: Int32Array): Uint8Array {
  const bytes = Buffer.alloc(offsets.length * 4);
  for (let i = 0; i < offsets.length; i++) bytes.writeInt32LE(offsets[i]!, i * 4);
  return bytes;
}

export function decodeOffsets(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`offset blob of ${bytes.byteLength} bytes is not int32s`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}

/** An offset map over a decoded table. A range maps to [table[start], table[end]). */
export class OffsetTable implements OffsetMapLike {
  constructor(private readonly table: Int32Array) {}

  static fromBytes(bytes: Uint8Array): OffsetTable {
    return new OffsetTable(decodeOffsets(bytes));
  }

  /** Length of the normalised text this table covers. */
  get normalisedLength(): number {
    return this.table.length - 1;
  }

  toOriginalOffset(normalisedOffset: number): number {
    const clamped = Math.max(0, Math.min(normalisedOffset, this.table.length - 1));
    return this.table[clamped]!;
  }

  toOriginal(start: number, end: number): Span {
    const s = this.toOriginalOffset(start);
    return { start: s, end: Math.max(s, this.toOriginalOffset(end)) };
  }
}
