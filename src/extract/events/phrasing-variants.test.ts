// Japanese: the same acts in the other ways reports phrase them (adverbs inside the verb phrase,
// denials and rebuttals answering the act just told, leaders attending what was just named,
// contrasts that end a clause). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { japaneseHarness } from './testing/japanese-harness.js';

// (lines without the end date of a range)
const { brief } = japaneseHarness('2025-06-01', false);

describe('sanctions with an adverb inside the verb phrase', () => {
  it('制裁を初めて科した / 制裁をさらに強化した', () => {
    expect(brief('安保理は2006年10月14日、北朝鮮に対する制裁を初めて科した。')).toContain('2006-10-14 163 UNO->PRK occurred');
    expect(brief('日本は2023年2月、ロシアに対する制裁をさらに強化した。')).toContain('2023-02 163 JPN->RUS occurred');
  });
  it('no sanction where none was imposed', () => {
    expect(brief('日本は2023年2月、制裁の効果を検証した。').filter((e) => e.includes(' 163 '))).toEqual([]);
  });
});

describe('shelling', () => {
  it('Xに砲撃を加えた / Xを砲撃した (194)', () => {
    expect(brief('北朝鮮は2010年11月23日、韓国の延坪島に砲撃を加えた。')).toContain('2010-11-23 194 PRK->KOR occurred');
  });
  it('a shelling only discussed is no act', () => {
    expect(brief('韓国は2010年11月24日、砲撃の再発防止策を協議した。').filter((e) => e.includes(' 194 '))).toEqual([]);
  });
});

describe('denials and rebuttals answer the act just told', () => {
  it('関与を否定した: the other side of the accusation (016)', () => {
    const got = brief('韓国政府は2010年5月20日、北朝鮮の魚雷攻撃によるものだとする調査結果を発表した。北朝鮮は関与を否定した。');
    expect(got).toEqual(expect.arrayContaining(['2010-05-20 112 KOR->PRK occurred', '2010-05-20 016 PRK->KOR occurred']));
  });
  it('これに対し…と反論した (111)', () => {
    const got = brief('韓国外務省は2025年5月12日、北朝鮮を「国際法違反だ」と批判した。これに対し北朝鮮外務省は、協力は正当な行為だと反論した。');
    expect(got).toContain('2025-05-12 111 PRK->KOR occurred');
  });
  it('no denial without an act told before', () => {
    expect(brief('2010年5月、北朝鮮は関与を否定した。')).toEqual([]);
  });
});

describe('leaders attending the ceremony just named', () => {
  const opening = '2025年5月9日、モスクワの赤の広場で対独戦勝80周年の記念式典が開かれた。';
  it('…の首脳が出席した一方、…の首脳は参加を見送った: 042 to the host, 125 from the absent (the contrast ends the first clause)', () => {
    const got = brief(`${opening}中国の習近平国家主席ら各国の首脳が出席した一方、日本や欧州諸国の首脳は参加を見送った。`);
    expect(got).toEqual(expect.arrayContaining(['2025-05 042 CHN->RUS occurred', '2025-05 125 JPN->RUS occurred']));
  });
  it('no ceremony told: leaders attending name no host', () => {
    expect(brief('2025年5月、各国の首脳が出席した。中国の首脳も出席した。').filter((e) => e.includes(' 042 '))).toEqual([]);
  });
});

describe('agents of force and of tests', () => {
  it('国連総会はロシアの侵攻を非難し…決議を採択した: the UN condemns (111); the genitive is the invader, not a target of the UN', () => {
    const got = brief('国連総会は2022年3月2日、ロシアの侵攻を非難し即時撤退を求める決議を採択した。');
    expect(got).toContain('2022-03-02 111 UNO->RUS occurred');
    expect(got.filter((e) => / 19\d /u.test(e))).toEqual([]);
  });
  it('北朝鮮の最初の核実験を受けて…: the test is North Korea\'s, not the Council\'s', () => {
    expect(brief('安保理は2006年10月14日、北朝鮮の最初の核実験を受けて決議を採択した。')).toContain('2006-10-14 150 PRK->- occurred');
  });
});

describe('a verb that ends in a quotation is no relative clause', () => {
  it('XがYに…を送ったとZが分析した: the sender is X, not Z', () => {
    const got = brief('2024年には、北朝鮮がロシアに砲弾数百万発を送ったと韓国国防省が分析した。');
    expect(got.some((e) => / 072 PRK->RUS /u.test(e))).toBe(true);
    expect(got.some((e) => / 072 KOR->/u.test(e))).toBe(false);
  });
});

describe('three states in one compound, declarations adopted, launches, designations', () => {
  it('日中韓首脳会議: a meeting for every pair of the three', () => {
    const got = brief('日本、中国、韓国の3カ国は2024年5月27日、東京で日中韓首脳会議を開いた。');
    // (talks in Tokyo: the Chinese and Korean sides visited, and their talks are told from the visitor's side)
    const pairs = got.filter((e) => e.startsWith('2024-05-27 046 ')).map((e) => e.split(' ')[2]!.split('->').sort().join('-')).sort();
    expect(pairs).toEqual(['CHN-JPN', 'CHN-KOR', 'JPN-KOR']);
    expect(got).toEqual(expect.arrayContaining(['2024-05-27 042 CHN->JPN occurred', '2024-05-27 042 KOR->JPN occurred']));
  });
  it('a dyad compound still gives one pair (露朝首脳会談)', () => {
    expect(brief('2023年9月13日に露朝首脳会談が開かれた。').filter((e) => / 046 /u.test(e))).toEqual(['2023-09-13 046 RUS->PRK occurred']);
  });
  it('共同宣言を採択した is signing a document (057)', () => {
    expect(brief('日本と中国は2024年5月27日、共同宣言を採択した。')).toContain('2024-05-27 057 JPN->CHN occurred');
  });
  it('ロケットを打ち上げた is a launch (150); a launch site is not', () => {
    expect(brief('北朝鮮は2024年5月28日、衛星を搭載したロケットを打ち上げた。')).toContain('2024-05-28 150 PRK->- occurred');
    expect(brief('北朝鮮は2024年5月28日、ロケットの発射場を拡張した。').filter((e) => / 150 /u.test(e))).toEqual([]);
  });
  it('資産凍結の対象に指定した (163): the object, not an actor inside the grounds (…として、)', () => {
    const got = brief('日本政府は2024年7月、ロシアへの武器移転に関与したとして、北朝鮮の団体を資産凍結の対象に指定した。');
    expect(got).toContain('2024-07 163 JPN->PRK occurred');
    expect(got.some((e) => / (?:163|072) JPN->RUS /u.test(e))).toBe(false);
  });
});

describe('declined proposals, cooperation with adverbs, full support, sanctions lists', () => {
  it('これに応じなかった after an appeal: a rejection (125); not when a reversal follows (なかったが)', () => {
    const got = brief('ウクライナのゼレンスキー大統領は2023年3月、中国に対話を呼びかけた。中国側はこれに応じなかった。');
    expect(got).toContain('2023-03 125 CHN->UKR occurred');
    const reversed = brief('ウクライナのゼレンスキー大統領は2023年3月、中国に対話を呼びかけた。中国側は当初これに応じなかったが、後に電話会談に応じた。');
    expect(reversed.some((e) => / 125 /u.test(e))).toBe(false);
  });
  it('関係をさらに発展させる方針を確認した (030)', () => {
    expect(brief('プーチン大統領は2023年10月18日、北京で習近平国家主席と会談し、両国関係をさらに発展させる方針を確認した。')).toContain('2023-10-18 030 RUS->CHN occurred');
  });
  it('全面的に支持すると表明した (051)', () => {
    expect(brief('金正恩総書記は2023年9月、プーチン大統領に祝電を送り、ロシアを全面的に支持すると表明した。')).toContain('2023-09 051 PRK->RUS occurred');
  });
  it('制裁の対象に追加した (163)', () => {
    expect(brief('韓国政府は2023年11月、ロシアの個人や団体を独自制裁の対象に追加した。')).toContain('2023-11 163 KOR->RUS occurred');
  });
});
