import { describe, expect, it } from 'vitest';
import type { Mention } from './match-actors.js';
import { EMPTY_MEMORY, resolveAnaphora } from './resolve-anaphora.js';

const mention = (start: number, surface: string, code: string, kind: Mention['kind']): Mention => ({
  start, end: start + surface.length, surface, code, entityId: `${kind}:${surface}`, nameEn: null, kind, marker: 'plain', level: null,
});

describe('resolveAnaphora', () => {
  it('同氏 is the person last named, in this or an earlier sentence', () => {
    const first = resolveAnaphora('玄永哲人民武力部長が訪露した。', 0, [mention(0, '玄永哲人民武力部長', 'PRK', 'person')], EMPTY_MEMORY);
    const second = resolveAnaphora('同氏は4月13日に帰国した。', 100, [], first.memory);
    expect(second.mentions).toHaveLength(1);
    expect(second.mentions[0]).toMatchObject({ start: 100, end: 102, code: 'PRK', surface: '同氏' });
  });
  it('同国 is the state last named, not the person', () => {
    const text = 'ロシアの外相は同国の立場を述べた。';
    const r = resolveAnaphora(text, 0, [mention(0, 'ロシア', 'RUS', 'state'), mention(4, '外相', 'RUS', 'person')], EMPTY_MEMORY);
    expect(r.mentions.find((m) => m.surface === '同国')?.code).toBe('RUS');
  });
  it('an anaphor with nothing before it stays unresolved', () => {
    expect(resolveAnaphora('同氏は帰国した。', 0, [], EMPTY_MEMORY).mentions).toEqual([]);
  });
});
