import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path.js';

describe('displayPath', () => {
  it('escapes control characters and bidi overrides, keeps Japanese and ordinary punctuation', () => {
    expect(displayPath('/in/a\x07b\n\x1b[31mred.txt')).toBe('/in/a\\x07b\\x0a\\x1b[31mred.txt');
    expect(displayPath('/in/\u202Etxt.exe\x7f\x9b')).toBe('/in/\\u{202e}txt.exe\\x7f\\x9b');
    expect(displayPath('/資料/会談 ／ 報告\\2023..txt')).toBe('/資料/会談 ／ 報告\\2023..txt');
  });
});
