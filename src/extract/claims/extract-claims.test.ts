import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorKind, ActorMention } from '../../core/actor.js';
import type { DateMention } from '../../core/date-mention.js';
import type { Language } from '../../core/document.js';
import type { SentenceContext } from '../../core/sentence.js';
import { dedupeClaims } from './dedupe-claims.js';
import { extractClaims } from './extract-claims.js';

type Actor = readonly [surface: string, code: string, nameEn: string | null, kind?: ActorKind];
type DateSpec = readonly [surface: string, iso: string, isoEnd?: string];

/** A sentence placed at `base` in a larger text, with mentions found by their surface. */
function sentence(text: string, actors: Actor[] = [], dates: DateSpec[] = [], language: Language = 'ja', base = 100): SentenceContext {
  const at = (surface: string): number => {
    const i = text.indexOf(surface);
    if (i < 0) throw new Error(`not in sentence: ${surface}`);
    return base + i;
  };
  const mentions: ActorMention[] = actors.map(([surface, code, nameEn, kind]) => ({
    start: at(surface), end: at(surface) + surface.length, surface, code, entityId: code, nameEn, kind: kind ?? (nameEn ? 'person' : 'state'),
  }));
  const dateMentions: DateMention[] = dates.map(([surface, iso, isoEnd]) => ({
    start: at(surface), end: at(surface) + surface.length, surface, iso, isoEnd: isoEnd ?? null,
    precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year', relative: false,
  }));
  const sort = <T extends { start: number }>(xs: T[]): T[] => xs.sort((a, b) => a.start - b.start);
  return { index: 0, start: base, end: base + text.length, text, language, actors: sort(mentions), dates: sort(dateMentions), documentDate: '2024-05' };
}

describe('extractClaims — claimant', () => {
  it('takes the topic of a reporting verb', () => {
    const s = sentence('2024年3月4日、米国のスミス報道官は、甲国が乙国にコンテナ2000個以上を送ったと発表した。', [
      ['米国', 'USA', null], ['スミス報道官', 'USA', 'John Smith'], ['甲国', 'AAA', null], ['乙国', 'BBB', null],
    ], [['2024年3月4日', '2024-03-04']]);
    const [c] = extractClaims(s);
    expect(c).toMatchObject({ unit: 'container', low: 2000, high: null, claimant: 'USA', claimantName: 'John Smith', date: '2024-03-04' });
    expect(c!.subject).toBe('containers (AAA to BBB)');
  });

  it('takes the source of によると', () => {
    const s = sentence('国防省によると、演習には約5万人が参加した。', [['国防省', 'RUS', 'Ministry of Defence', 'body']]);
    expect(extractClaims(s)[0]).toMatchObject({ unit: 'person', low: 50000, claimant: 'RUS', claimantName: 'Ministry of Defence' });
  });

  it('takes a subject marked with が and a comma', () => {
    const s = sentence('高官が、同国が砲弾100万発を供与したと明らかにした。', [['高官', 'USA', 'an official'], ['同国', 'PRK', null]]);
    expect(extractClaims(s)[0]).toMatchObject({ unit: 'shell', claimant: 'USA' });
  });

  it('takes the body of a passive estimate (〜では…と推定されている)', () => {
    const s = sentence('国際通貨基金の見通しでは、成長率は2.5%増と推定されている。', [['国際通貨基金', 'IMF', 'IMF', 'organisation']]);
    expect(extractClaims(s)[0]).toMatchObject({ unit: 'percent', low: 2.5, claimant: 'IMF' });
  });

  it('leaves the author’s own statements unattributed', () => {
    const s = sentence('甲国は戦車30両を国境に配備した。', [['甲国', 'AAA', null]]);
    expect(extractClaims(s)[0]).toMatchObject({ unit: 'vehicle', claimant: null, claimantName: null, date: null });
  });

  it('reads English claimants', () => {
    const s = sentence('According to the ministry, about 12,000 troops took part.', [['ministry', 'KOR', 'Ministry of National Defense', 'body']], [], 'en');
    expect(extractClaims(s)[0]).toMatchObject({ unit: 'person', low: 12000, claimant: 'KOR' });
    const t = sentence('Officials in Seoul said 6,000 containers had been shipped.', [['Seoul', 'KOR', null]], [], 'en');
    expect(extractClaims(t)[0]).toMatchObject({ unit: 'container', claimant: 'KOR' });
  });
});

describe('extractClaims — period', () => {
  it('reads from-until, since and single dates', () => {
    const a = sentence('3月1日から4月30日までに船舶12隻が寄港した。', [], [['3月1日', '2024-03-01'], ['4月30日', '2024-04-30']]);
    expect(extractClaims(a)[0]?.period).toBe('2024-03-01/2024-04-30');
    const b = sentence('2022年以降、200万トンが輸出された。', [], [['2022年', '2022']]);
    expect(extractClaims(b)[0]?.period).toBe('2022/2024-05');
    const c = sentence('2014年の貿易に占める割合は0.5%に過ぎない。', [], [['2014年', '2014']]);
    expect(extractClaims(c)[0]?.period).toBe('2014');
  });
});

describe('extractClaims — quotes', () => {
  it('quotes the clause around the figure with whole-text offsets', () => {
    const text = '同日、政府は、兵士約3,000人を派遣すると発表した。';
    const s = sentence(text, [], [], 'ja', 500);
    const [c] = extractClaims(s);
    expect(c!.quote).toBe('兵士約3,000人を派遣すると発表した');
    expect(text.slice(c!.start - 500, c!.end - 500)).toBe(c!.quote);
  });

  it('quotes a table row', () => {
    const [c] = extractClaims(sentence('報道の内訳回数分数回数分数会談4 76 10 185次へ'));
    expect(c).toMatchObject({ unit: 'broadcast', low: 4, quote: '会談4 76 10 185' });
  });

  it('every quote is an exact 5–120 character substring of the sentence', () => {
    const pieces = ['コンテナ', '約', '1,000', '1万', '個', '人', '以上', '、', '。', '2023年', '9月', '3回目の', '核実験', '分', '時間', '%減', 'は', '隻', 'ドル', ' ', 'troops ', '$2 billion', 'x'.repeat(70), '回数分数', '甲4 5 '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), fc.constantFrom<Language>('ja', 'en'), (parts, lang) => {
        const text = parts.join('');
        for (const c of extractClaims(sentence(text, [], [], lang, 42))) {
          expect(text.slice(c.start - 42, c.end - 42)).toBe(c.quote);
          expect(c.quote.length).toBeGreaterThanOrEqual(Math.min(5, text.length));
          expect(c.quote.length).toBeLessThanOrEqual(120);
        }
      }),
    );
  });
});

describe('dedupeClaims', () => {
  it('keeps one of a figure repeated across sentences, but distinct table cells', () => {
    const a = extractClaims(sentence('7年ぶりの首脳会談が開かれた。'));
    const b = extractClaims(sentence('この7年ぶりの首脳会談では、'));
    const t = extractClaims(sentence('内訳回数分数回数分数甲4 9 4 9乙4 9'));
    expect(dedupeClaims([...a, ...b])).toHaveLength(1);
    expect(dedupeClaims(t)).toHaveLength(6);
  });
});

describe('extractClaims — short table rows', () => {
  it('a table row shorter than five characters is quoted with enough context', () => {
    // found by the property test below: header 回数分数 then the row 甲4 5
    const s = sentence('回数分数甲4 5 コンテナ');
    for (const c of extractClaims(s)) {
      expect(c.quote.length).toBeGreaterThanOrEqual(5);
      expect(s.text.includes(c.quote)).toBe(true);
    }
  });
});

describe('extractClaims — quotes trimmed of spaces', () => {
  it('a leading space never leaves a quote under five characters', () => {
    // found by the property test above: " 3回目の"
    for (const c of extractClaims(sentence(' 3回目の'))) expect(c.quote.length).toBeGreaterThanOrEqual(5);
  });
});
