import { describe, expect, it } from 'vitest';
import { findQuantities } from './find-quantities.js';

const ja = (text: string) => findQuantities(text, 'ja').map((q) => [q.unit, q.low, q.high]);
const en = (text: string) => findQuantities(text, 'en').map((q) => [q.unit, q.low, q.high]);

describe('findQuantities — Japanese counters', () => {
  it.each([
    ['貨物船でコンテナ500個以上を運んだ', [['container', 500, null]]],
    ['コンテナ約300個分の弾薬が届いた', [['container', 300, 300]]],
    ['砲弾20万発を供与した', [['shell', 200000, 200000]]],
    ['短距離弾道ミサイル2発を発射した', [['missile', 2, 2]]],
    ['約1万2,000人の兵士が演習に参加した', [['person', 12000, 12000]]],
    ['専門家5名を派遣した', [['person', 5, 5]]],
    ['援助額は3億ドルに上る', [['USD', 300000000, 300000000]]],
    ['総額1,200億円の予算', [['JPY', 120000000000, 120000000000]]],
    ['5000万ユーロの融資', [['EUR', 50000000, 50000000]]],
    ['2兆ウォンの輸出', [['KRW', 2e12, 2e12]]],
    ['10億ルーブルの契約', [['RUB', 1e9, 1e9]]],
    ['貿易に占める割合は4.5%であった', [['percent', 4.5, 4.5]]],
    ['債務の8割を帳消しにした', [['percent', 80, 80]]],
    ['輸出は前年比2.30%減となった', [['percent', -2.3, -2.3]]],
    ['成長率は1.8%増と見込まれる', [['percent', 1.8, 1.8]]],
    ['会見は45分間続いた', [['minute', 45, 45]]],
    ['約2時間15分の演説', [['minute', 135, 135]]],
    ['会談は3時間に及んだ', [['hour', 3, 3]]],
    ['訪問は5日間にわたった', [['day', 5, 5]]],
    ['7年ぶりの首脳会談', [['year', 7, 7]]],
    ['2年半ぶりに再開された', [['year', 2.5, 2.5]]],
    ['契約期間は25年間とされる', [['year', 25, 25]]],
    ['40カ国の代表が集まった', [['country', 40, 40]]],
    ['12か国、7ヶ国、3ヵ国', [['country', 12, 12], ['country', 7, 7], ['country', 3, 3]]],
    ['艦艇5隻が海峡を通過した', [['ship', 5, 5]]],
    ['戦闘機24機が飛来した', [['aircraft', 24, 24]]],
    ['戦車30両と装甲車12台', [['vehicle', 30, 30], ['vehicle', 12, 12]]],
    ['約150点の地上装備が登場した', [['vehicle', 150, 150]]],
    ['全長約800キロの鉄道', [['km', 800, 800]]],
    ['射程は1,500km', [['km', 1500, 1500]]],
    ['原油10万トンを輸出', [['ton', 100000, 100000]]],
    ['年間50億立方メートルのガス', [['cubic meter per year', 5e9, 5e9]]],
    ['日量20万バレルの原油', [['barrel per day', 200000, 200000]]],
    ['2度の核実験を実施した', [['nuclear test', 2, 2]]],
    ['計8回の制裁決議が採択された', [['resolution', 8, 8]]],
    ['首脳会談はこれまでに5回行われた', [['meeting', 5, 5]]],
    ['同局は当日12回放送した', [['broadcast', 12, 12]]],
    ['違反は15件確認された', [['violation', 15, 15]]],
    ['南部2州を占領した', [['region', 2, 2]]],
    ['輸出が2.5倍になった', [['fold', 2.5, 2.5]]],
  ])('%s', (text, expected) => {
    expect(ja(text)).toEqual(expected);
  });

  it('reads ordinals of event nouns as counts', () => {
    expect(ja('4回目の核実験を強行した')).toEqual([['nuclear test', 4, 4]]);
    expect(ja('第5回目となる核実験が行われた')).toEqual([['nuclear test', 5, 5]]);
    expect(ja('首相の訪問は今回が3度目となる')).toEqual([['visit', 3, 3]]);
    expect(ja('三回目の訪問')).toEqual([['visit', 3, 3]]);
  });

  it('skips ordinals of hypothetical events', () => {
    expect(ja('年内にも2度目の発射が行われる可能性がある')).toEqual([]);
  });

  it('tolerates spaces between number and counter', () => {
    expect(ja('1000 個のコンテナ')).toEqual([['container', 1000, 1000]]);
    expect(ja('1,100 キロの国境')).toEqual([['km', 1100, 1100]]);
  });

  it('gives offsets and surfaces of the whole figure', () => {
    const text = '報告ではコンテナ約500個以上が確認された';
    const [q] = findQuantities(text, 'ja');
    expect(q?.surface).toBe('約500個以上');
    expect(text.slice(q!.start, q!.end)).toBe(q!.surface);
  });
});

describe('findQuantities — negatives', () => {
  it.each([
    '2023年9月13日に会談した',
    '9月には再び訪問した',
    '2019年以来の訪問',
    '2000年から2002年にかけて',
    '第2次世界大戦の終結',
    '第8回党大会で決定した',
    '第7回核実験に踏み切る',
    '第14期第10回会議',
    '研究会FY2023-2号',
    '同書56頁を参照',
    '関係が悪化した12。',
    '休戦70周年の式典',
    '午前9時から放送',
    '14時30分に到着',
    '人口の2分の1',
    '数百人が集まった',
    '一人ひとりの努力',
    '二国間関係',
    '6カ国協議の再開',
    '77ヶ国グループ',
    '国連機関と協議',
    'ナポレオン1世の時代',
    '3つの理由がある',
    'G7諸国とT14戦車',
    '決議68/262に反対',
    'https://example.org/news/72265',
  ])('%s', (text) => {
    expect(ja(text)).toEqual([]);
  });
});

describe('findQuantities — tables', () => {
  it('maps bare numbers to the header columns', () => {
    const text = '各年の放送実績(番組)回数分数回数分数開会式3 40 5 62閉会式2 25総計5 65 5 62 次の節で';
    const got = findQuantities(text, 'ja').filter((q) => q.rule === 'ja.table');
    expect(got.map((q) => [q.label, q.unit, q.low])).toEqual([
      ['開会式', 'broadcast', 3], ['開会式', 'minute', 40], ['開会式', 'broadcast', 5], ['開会式', 'minute', 62],
      ['閉会式', 'broadcast', 2], ['閉会式', 'minute', 25],
      ['総計', 'broadcast', 5], ['総計', 'minute', 65], ['総計', 'broadcast', 5], ['総計', 'minute', 62],
    ]);
    for (const q of got) expect(text.slice(q.context!.start, q.context!.end)).toMatch(new RegExp(`^${q.label}`));
  });

  it('ignores rows without a header and the year after the last row', () => {
    expect(findQuantities('甲4 5 乙6 7', 'ja')).toEqual([]);
    const got = findQuantities('人数日数人数日数東部12 3 8 2 2020年に', 'ja');
    expect(got.map((q) => q.low)).toEqual([12, 3, 8, 2]);
  });

  it('reads day counts after 日数 and 延べ', () => {
    expect(ja('取材日数5日7日')).toEqual([['day', 5, 5], ['day', 7, 7]]);
    expect(ja('期間は延べ6日であった')).toEqual([['day', 6, 6]]);
  });
});

describe('findQuantities — English', () => {
  it.each([
    ['more than 1,000 containers were shipped', [['container', 1000, null]]],
    ['about 6,700 containers of shells', [['container', 6700, 6700]]],
    ['some 10,000 North Korean troops', [['person', 10000, 10000]]],
    ['a $1.5 billion loan', [['USD', 1.5e9, 1.5e9]]],
    ['USD 2 billion in aid', [['USD', 2e9, 2e9]]],
    ['2 billion dollars', [['USD', 2e9, 2e9]]],
    ['between 2 and 3 billion dollars', [['USD', 2e9, 3e9]]],
    ['GDP fell 1.2% in 2022', [['percent', -1.2, -1.2]]],
    ['it grew 3.6 percent', [['percent', 3.6, 3.6]]],
    ['53 countries attended', [['country', 53, 53]]],
    ['143 aircraft and 200 tanks', [['aircraft', 143, 143], ['vehicle', 200, 200]]],
    ['a 1,100 km pipeline', [['km', 1100, 1100]]],
    ['fired two ballistic missiles', [['missile', 2, 2]]],
    ['ties between the two countries deepened', []],
    ['the three countries met, and two countries stayed away', [['country', 2, 2]]],
    ['the third nuclear test', [['nuclear test', 3, 3]]],
    ['its 4th nuclear test', [['nuclear test', 4, 4]]],
  ])('%s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });

  it.each(['In 2023 North Korean troops crossed', 'G7 leaders met', 'Su-35 jets', 'three rounds of talks', 'Resolution 2397 was adopted', 'on 13 September 2023'])(
    'ignores %s',
    (text) => {
      expect(en(text)).toEqual([]);
    },
  );
});
