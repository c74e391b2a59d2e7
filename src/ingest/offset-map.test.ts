import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder } from './offset-map.js';

describe('OffsetMap', () => {
  const build = () => {
    const b = new OffsetMapBuilder();
    for (let i = 0; i < 3000; i++) b.push(2 * i, 2 * i + 2); // grows past the initial capacity
    b.pop(1000);
    return b.build(0);
  };

  it('maps ranges, points and the end', () => {
    const m = build();
    expect(m.length).toBe(2000);
    expect(m.toOriginal(1, 3)).toEqual({ start: 2, end: 6 });
    expect(m.toOriginal(5, 5)).toEqual({ start: 10, end: 10 });
    expect(m.toOriginalIndex(2000)).toBe(4000);
    expect(m.toOriginal(2000, 2000)).toEqual({ start: 4000, end: 4000 });
  });

  it('clamps out-of-range and reversed input instead of throwing', () => {
    const m = build();
    expect(m.toOriginal(-5, 1)).toEqual({ start: 0, end: 2 });
    expect(m.toOriginal(3, 1)).toEqual({ start: 2, end: 6 });
    expect(m.toOriginal(1999, 99999)).toEqual({ start: 3998, end: 4000 });
  });

  it('handles an empty text', () => {
    const m = new OffsetMapBuilder().build(0);
    expect(m.toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
    expect(m.toOriginalIndex(0)).toBe(0);
  });
});
