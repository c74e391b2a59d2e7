import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const SENTENCE = '防衛相は13日、新たな協定に署名したと発表した。ミサイル発射について「遺憾だ」と述べた。';
const LONG = `${SENTENCE}\n${'東アジアの安全保障環境は厳しさを増している。ｶﾀｶﾅも混ざる。\n'.repeat(5)}`;

function encode(text: string, to: Encoding.Encoding, bom = false): Uint8Array {
  const body = Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', type: 'array' });
  const mark = !bom ? [] : to === 'UTF16LE' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Uint8Array.from([...mark, ...body]);
}

describe('decodeText', () => {
  it.each([
    ['SJIS', 'SJIS'],
    ['EUCJP', 'EUCJP'],
    ['JIS', 'JIS'],
    ['UTF8', 'UTF8'],
  ] as const)('round-trips Japanese through %s', (enc, expected) => {
    const r = decodeText(encode(LONG, enc));
    expect(r).toEqual({ ok: true, value: { text: LONG, encoding: expected } });
  });

  it('reads CP932 extensions (circled digits, company mark, 髙)', () => {
    const text = '①㈱髙橋商事が声明を出した。';
    const r = decodeText(encode(text, 'SJIS'));
    expect(r.ok && r.value.text).toBe(text);
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]);
    expect(decodeText(bytes)).toEqual({ ok: true, value: { text: SENTENCE, encoding: 'UTF8' } });
  });

  it('reads UTF-16 with a BOM in both byte orders', () => {
    expect(decodeText(encode(LONG, 'UTF16LE', true))).toEqual({ ok: true, value: { text: LONG, encoding: 'UTF16LE' } });
    expect(decodeText(encode(LONG, 'UTF16BE', true))).toEqual({ ok: true, value: { text: LONG, encoding: 'UTF16BE' } });
  });

  it('detects UTF-16 without a BOM', () => {
    expect(decodeText(encode(LONG, 'UTF16LE'))).toEqual({ ok: true, value: { text: LONG, encoding: 'UTF16LE' } });
    expect(decodeText(encode(`${LONG} Summit talks in Tokyo.`, 'UTF16BE'))).toEqual({
      ok: true,
      value: { text: `${LONG} Summit talks in Tokyo.`, encoding: 'UTF16BE' },
    });
  });

  it('detects UTF-16 without a BOM or any NUL byte (pure CJK)', () => {
    expect(decodeText(encode('日本国外務省声明', 'UTF16LE'))).toEqual({ ok: true, value: { text: '日本国外務省声明', encoding: 'UTF16LE' } });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('The talks ended.\n'))).toEqual({
      ok: true,
      value: { text: 'The talks ended.\n', encoding: 'UTF8' },
    });
  });

  it('refuses empty input with a clear message', () => {
    const r = decodeText(new Uint8Array());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/empty/);
  });

  it('refuses binary content', () => {
    const withNul = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x13, 0x9c]);
    const r = decodeText(withNul);
    expect(!r.ok && r.error).toMatch(/binary/);
    const controls = new Uint8Array(400).map((_, i) => (i % 5 === 0 ? 0x01 : 0x81 + (i % 60)));
    const r2 = decodeText(controls);
    expect(!r2.ok && r2.error).toMatch(/binary|encoding/);
  });
});
