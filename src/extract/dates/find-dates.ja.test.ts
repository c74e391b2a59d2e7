import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { dates, isos } from './testing/date-fixtures.js';

describe('findDates: Japanese absolute dates', () => {
  it('reads year, month and day', () => {
    expect(dates('両首脳は2021年4月8日に会談した。')).toEqual([['2021年4月8日', '2021-04-08', null]]);
    expect(dates('大使は2019年10月に着任した。')).toEqual([['2019年10月', '2019-10', null]]);
    expect(dates('協定は2016年に失効した。')).toEqual([['2016年', '2016', null]]);
  });

  it('tolerates stray spaces', () => {
    expect(dates('会合は 2022 年 3 月 4 日 に開かれた。')).toEqual([['2022 年 3 月 4 日', '2022-03-04', null]]);
    expect(dates('2020 年 11 月')).toEqual([['2020 年 11 月', '2020-11', null]]);
  });

  it('reads full-width digits even if not normalised', () => {
    expect(dates('会合は２０２２年３月４日に開かれた。')).toEqual([['２０２２年３月４日', '2022-03-04', null]]);
  });

  it('reads fiscal years, decades and parts of years and months', () => {
    expect(dates('2024年度予算で')).toEqual([['2024年度', '2024', null]]);
    expect(dates('1980年代の緊張')).toEqual([['1980年代', '1980', '1989']]);
    expect(dates('2021年末に合意')).toEqual([['2021年末', '2021', null]]);
    expect(dates('2021年初めに合意')).toEqual([['2021年初め', '2021', null]]);
    expect(dates('2018年6月上旬、2018年6月中旬、2018年6月下旬')).toEqual([
      ['2018年6月上旬', '2018-06', null],
      ['2018年6月中旬', '2018-06', null],
      ['2018年6月下旬', '2018-06', null],
    ]);
    expect(findDates('2018年6月下旬', { documentDate: null })[0]?.precision).toBe('month');
    expect(dates('2018年に始まり、4月末に終わった。')).toEqual([['2018年', '2018', null], ['4月末', '2018-04', null]]);
  });

  it('reads era years', () => {
    expect(isos('令和5年の白書')).toEqual(['2023']);
    expect(isos('令和元年に発足')).toEqual(['2019']);
    expect(isos('平成元年、平成23年、平成31年')).toEqual(['1989', '2011', '2019']);
    expect(isos('昭和20年8月15日')).toEqual(['1945-08-15']);
    expect(isos('昭和64年1月7日')).toEqual(['1989-01-07']);
    expect(isos('令和 4 年度')).toEqual(['2022']);
  });

  it('reads kanji numerals in short forms', () => {
    expect(isos('令和五年')).toEqual(['2023']);
    expect(isos('令和二年十二月二十三日')).toEqual(['2020-12-23']);
    expect(isos('二〇二二年九月')).toEqual(['2022-09']);
    expect(dates('昨年の会合は九月に開かれ、十二月に再開された。', '2022-05-01')).toEqual([
      ['昨年', '2021', null],
      ['九月', '2021-09', null],
      ['十二月', '2021-12', null],
    ]);
    expect(isos('2019年5月二十三日')).toEqual(['2019-05-23']);
  });

  it('reads slashed, dotted and ISO dates', () => {
    expect(isos('公表日: 2022/11/3')).toEqual(['2022-11-03']);
    expect(isos('公表日: 2021.7.12')).toEqual(['2021-07-12']);
    expect(isos('公表日: 2020-09-13')).toEqual(['2020-09-13']);
    expect(isos('バージョン 2021.7.12.3 で')).toEqual([]);
  });

  it('skips a bare slashed month/day', () => {
    expect(isos('7/12に', '2023')).toEqual([]);
  });
});

describe('findDates: Japanese ranges', () => {
  it('reads day ranges within a month', () => {
    expect(dates('2022年6月3日～9日に演習')).toEqual([['2022年6月3日～9日', '2022-06-03', '2022-06-09']]);
    expect(dates('2022年6月3日〜9日に演習')).toEqual([['2022年6月3日〜9日', '2022-06-03', '2022-06-09']]);
    expect(dates('2022年6月3日~21日に演習')).toEqual([['2022年6月3日~21日', '2022-06-03', '2022-06-21']]);
    expect(dates('2022年6月3日から9日まで演習')).toEqual([['2022年6月3日から9日まで', '2022-06-03', '2022-06-09']]);
    expect(dates('2022年6月3～9日に演習')).toEqual([['2022年6月3～9日', '2022-06-03', '2022-06-09']]);
  });

  it('reads ranges across months and years', () => {
    expect(dates('2022年6月28日～7月2日')).toEqual([['2022年6月28日～7月2日', '2022-06-28', '2022-07-02']]);
    expect(dates('2021年12月30日～1月4日')).toEqual([['2021年12月30日～1月4日', '2021-12-30', '2022-01-04']]);
    expect(dates('2021年7～8月')).toEqual([['2021年7～8月', '2021-07', '2021-08']]);
    expect(dates('2004年から2009年まで')).toEqual([['2004年から2009年まで', '2004', '2009']]);
    expect(dates('2004～2009年')).toEqual([['2004～2009年', '2004', '2009']]);
    expect(dates('2004年～2009年')).toEqual([['2004年～2009年', '2004', '2009']]);
    expect(dates('ベトナム戦争(1964～75)の後')).toEqual([['1964～75', '1964', '1975']]);
    expect(dates('第一次大戦(1914～18年)')).toEqual([['1914～18年', '1914', '1918']]);
  });

  it('keeps the start when the range end is impossible', () => {
    expect(dates('2022年6月9日～3日')).toEqual([['2022年6月9日', '2022-06-09', null], ['3日', '2022-06-03', null]]);
  });

  it('does not treat a following noun phrase as a range end', () => {
    expect(dates('2022年2月からの戦争')).toEqual([['2022年2月', '2022-02', null]]);
  });
});

describe('findDates: Japanese non-dates and invalid dates', () => {
  it('drops an impossible day but keeps the month', () => {
    const [m] = findDates('2023年2月30日', { documentDate: null });
    expect(m).toMatchObject({ iso: '2023-02', precision: 'month' });
    expect(isos('2024年2月29日')).toEqual(['2024-02-29']);
  });

  it('rejects impossible months and out-of-range years', () => {
    expect(dates('2023年13月')).toEqual([['2023年', '2023', null]]);
    expect(isos('13月に', '2023')).toEqual([]);
    expect(isos('1850年、2150年、令和99年、平成32年、昭和65年')).toEqual([]);
  });

  it('ignores counts and durations', () => {
    const text = '約3日、延べ12日間、30年間、5年ぶり、約1年、1000個、2000年間、3日後、23年には、一日も早く、3か月';
    expect(isos(text, '2023-05-01')).toEqual([]);
  });

  it('reads 今月, 先月 and 来月 from the document month', () => {
    expect(dates('先月の会談に続き、来月にも外相が訪問し、今月中に協議を終える。先日の発表とは別である。', '2024-03-29')).toEqual([
      ['先月', '2024-02', null],
      ['来月', '2024-04', null],
      ['今月', '2024-03', null],
    ]);
    expect(dates('来月20日に訪問する。', '2023-12-05')).toEqual([['来月20日', '2024-01-20', null]]);
  });

  it('does not read 当時, その後 or ordinary words as dates', () => {
    expect(isos('当時、その後、今回、前回、以前日本は、本日、来日した、同年代、前年比で増えた', '2023')).toEqual([]);
  });

  it('ignores a 4-digit number without 年', () => {
    expect(isos('2023人が参加した。', '2023')).toEqual([]);
  });
});

describe('impossible era years', () => {
  it('令和99年5月1日 is no date at all: its month and day are not read alone', () => {
    const found = findDates('2023年9月13日に会談した。外相は令和99年5月1日に訪問する。', { documentDate: '2023-11-01' });
    expect(found.map((d) => d.iso)).toEqual(['2023-09-13']);
  });
});
