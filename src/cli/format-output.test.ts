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
    // the second column starts at display column 8 (width of 北朝鮮 = 6, then two spaces) on every row
    const col = (line: string, marker: string) => displayWidth(line.slice(0, line.indexOf(marker)));
    expect(col(lines[0]!, 'b')).toBe(8);
    expect(col(lines[2]!, '1')).toBe(8);
    expect(lines[3]).toMatch(/^北朝鮮$/);
  });
});
