import { describe, expect, it } from 'vitest';
import { displayWidth, formatRows } from './format-output.js';

describe('formatRows', () => {
  const rows = [{ a: 'x,y', b: 1 }, { a: '北朝鮮', b: null }];
  it('quotes CSV cells with commas and leaves empty for null', () => {
    expect(formatRows(rows, 'csv')).toBe('a,b\r\n"x,y",1\r\n北朝鮮,\r\n');
  });
  it('writes one JSON object per line for jsonl', () => {
    expect(formatRows(rows, 'jsonl').trim().split('\n').map((l) => JSON.parse(l))).toEqual(rows);
  });
  it('aligns tables by display width (kanji count double)', () => {
    const lines = formatRows(rows, 'table').split('\n');
    expect(displayWidth(lines[0]!.split('  ')[0]!)).toBe(displayWidth('北朝鮮'));
    expect(lines[3]).toMatch(/^北朝鮮/);
  });
});
