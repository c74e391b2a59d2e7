import type { OffsetMapLike } from '../core/document.js';
import type { Span } from '../core/span.js';

/**
 * Maps each UTF-16 unit of a normalised text to the span of the original text
 * it came from. Two parallel Int32Arrays (start and end of the source span)
 * keep the map compact and lookups O(1). Spans are non-decreasing, so the
 * mapping is monotonic.
 */
export class OffsetMap implements OffsetMapLike {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** Where an empty range at the very end of the normalised text maps to. */
    private readonly tail: number,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /** Original position of normalised position `i` (0..length). */
  toOriginalIndex(i: number): number {
    const n = this.starts.length;
    if (i <= 0) return n > 0 ? this.starts[0]! : this.tail;
    if (i >= n) return this.tail;
    return this.starts[i]!;
  }

  /** Original span covering the normalised half-open range [start, end). */
  toOriginal(start: number, end: number): Span {
    const n = this.starts.length;
    const s = clamp(Math.min(start, end), n);
    const e = clamp(Math.max(start, end), n);
    if (s === e) {
      const at = this.toOriginalIndex(s);
      return { start: at, end: at };
    }
    return { start: this.starts[s]!, end: this.ends[e - 1]! };
  }
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i > n ? n : Math.trunc(i);
}

/** Accumulates the map while the normalised text is built, one unit at a time. */
export class OffsetMapBuilder {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private n = 0;

  get length(): number {
    return this.n;
  }

  push(start: number, end: number): void {
    if (this.n === this.starts.length) this.grow();
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  /** Drops the last `count` entries (used when a wrap hyphen is removed). */
  pop(count: number): void {
    this.n = Math.max(0, this.n - count);
  }

  build(tail: number): OffsetMap {
    const lastEnd = this.n > 0 ? this.ends[this.n - 1]! : 0;
    return new OffsetMap(
      this.starts.slice(0, this.n),
      this.ends.slice(0, this.n),
      Math.max(tail, lastEnd),
    );
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
