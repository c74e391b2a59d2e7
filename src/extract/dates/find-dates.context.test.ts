import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { dates, isos } from './testing/date-fixtures.js';

describe('findDates: context carried through a paragraph', () => {
  it('resolves 同年, 同月, 同日, 翌日 and bare months and days in a chain', () => {
    const paragraph =
      '外相は2022年3月14日に北京を訪れ、翌日には上海で財界人と会った。同日夜に帰国した後、' +
      '同月28日に再び訪中した。同年7月には首脳会談が開かれ、20日に共同声明が出された。' +
      '前日の準備会合は非公開だった。翌年2月には実務者協議が始まり、同年末に合意に至った。' +
      'さらに5月、10日から12日まで演習が行われた。';
    const found = findDates(paragraph, { documentDate: '2024-01-15' });
    expect(found.map((m) => [m.surface, m.iso, m.isoEnd, m.relative])).toEqual([
      ['2022年3月14日', '2022-03-14', null, false],
      ['翌日', '2022-03-15', null, true],
      ['同日', '2022-03-15', null, true],
      ['同月28日', '2022-03-28', null, true],
      ['同年7月', '2022-07', null, true],
      ['20日', '2022-07-20', null, true],
      ['前日', '2022-07-19', null, true],
      ['翌年2月', '2023-02', null, true],
      ['同年末', '2023', null, true],
      ['5月', '2023-05', null, true],
      ['10日から12日まで', '2023-05-10', '2023-05-12', true],
    ]);
    for (const m of found) expect(paragraph.slice(m.start, m.end)).toBe(m.surface);
  });

  it('a publication date (…日付『新聞』) sets year and month but not the day 同日 refers to', () => {
    const found = findDates('外相は2021年6月3日に訪れた。2021年6月5日付『中央日報』によれば、同日に次官級協議も開かれた。', { documentDate: '2024-01-15' });
    expect(found.map((m) => [m.surface, m.iso])).toEqual([
      ['2021年6月3日', '2021-06-03'],
      ['2021年6月5日', '2021-06-05'],
      ['同日', '2021-06-03'],
    ]);
    expect(isos('2020年3月2日付の同紙によれば同月9日に協議が開かれた。')).toEqual(['2020-03-02', '2020-03-09']);
    // 付で (as of) is not a publication: it dates the act and 同日 refers to it
    expect(isos('2021年6月3日に訪れた。2021年6月5日付で大使に任命され、同日着任した。')).toEqual(['2021-06-03', '2021-06-05', '2021-06-05']);
  });

  it('rolls 翌日 over the end of a month and a year', () => {
    expect(dates('2021年12月31日に会談し、翌日に発表した。')).toEqual([
      ['2021年12月31日', '2021-12-31', null],
      ['翌日', '2022-01-01', null],
    ]);
    expect(dates('2024年2月28日～29日の会合の翌日')).toEqual([
      ['2024年2月28日～29日', '2024-02-28', '2024-02-29'],
      ['翌日', '2024-03-01', null],
    ]);
    expect(dates('2024年3月1日の前日')).toEqual([['2024年3月1日', '2024-03-01', null], ['前日', '2024-02-29', null]]);
  });

  it('resolves 翌月 and 前月 from the current month', () => {
    expect(dates('2021年12月に交渉が始まり、翌月に妥結した。前月には予備協議があった。')).toEqual([
      ['2021年12月', '2021-12', null],
      ['翌月', '2022-01', null],
      ['前月', '2021-12', null],
    ]);
  });

  it('lets an explicit year after 翌 win', () => {
    expect(dates('2011年に合意し、翌2012年9月に署名した。')).toEqual([
      ['2011年', '2011', null],
      ['翌2012年9月', '2012-09', null],
    ]);
  });

  it('takes 今年, 本年, 昨年, 去年 and 来年 from the document date', () => {
    const text = '2015年の会談を経て、今年、本年度、昨年、去年、来年';
    expect(dates(text, '2020-06-01')).toEqual([
      ['2015年', '2015', null],
      ['今年', '2020', null],
      ['本年度', '2020', null],
      ['昨年', '2019', null],
      ['去年', '2019', null],
      ['来年', '2021', null],
    ]);
  });

  it('falls back to the current year for 今年 when the document date is unknown', () => {
    expect(dates('2015年の会談を経て、今年', null)).toEqual([['2015年', '2015', null], ['今年', '2015', null]]);
  });

  it('uses the document year for a bare month before any year', () => {
    expect(dates('9月に首脳会談が開かれた。', '2023-11-13')).toEqual([['9月', '2023-09', null]]);
    expect(dates('9月に首脳会談が開かれた。', null)).toEqual([]);
  });

  it('needs a month in force for a bare day', () => {
    expect(dates('13日に会談した。', '2023-11-13')).toEqual([]);
    expect(dates('2020年の後、13日に会談した。')).toEqual([['2020年', '2020', null]]);
  });

  it('skips 同日 and 翌日 without a full date before them', () => {
    expect(dates('2020年5月の会談の翌日', null)).toEqual([['2020年5月', '2020-05', null]]);
  });

  it('does not let a span of years or a decade move the current year', () => {
    expect(dates('朝鮮戦争(1950～53)休戦の記念日(7月27日)', '2023-11-01')).toEqual([
      ['1950～53', '1950', '1953'],
      ['7月27日', '2023-07-27', null],
    ]);
    expect(dates('1990年代の危機の後、3月に', '2001')).toEqual([
      ['1990年代', '1990', '1999'],
      ['3月', '2001-03', null],
    ]);
  });

  it('marks context-resolved mentions as relative', () => {
    const found = findDates('2019年6月、同年8月、9月、2020年', { documentDate: null });
    expect(found.map((m) => m.relative)).toEqual([false, true, true, false]);
  });
});

describe('background years', () => {
  it('a year used as a reference point (以来, ぶり) does not become the running year', () => {
    const text = '2023年9月、首脳会談が開かれた。金総書記の訪露は2019年以来となる。13日には宇宙基地を視察した。';
    const found = findDates(text, { documentDate: '2023-11-01' });
    expect(found.map((d) => d.iso)).toEqual(['2023-09', '2019', '2023-09-13']);
  });
});

describe('year context decay', () => {
  it('a year stated far back no longer frames a bare date: the document year does', () => {
    const filler = '両国関係については様々な見方がある。'.repeat(40); // ~720 characters without dates
    const text = `2019年4月に首脳会談が開かれた。${filler}9月13日には再び会談が開かれた。`;
    const found = findDates(text, { documentDate: '2023-11-13' });
    expect(found.map((d) => d.iso)).toEqual(['2019-04', '2023-09-13']);
  });
  it('within a few sentences the stated year still holds', () => {
    const found = findDates('2019年4月に首脳会談が開かれた。9月13日には再び会談が開かれた。', { documentDate: '2023-11-13' });
    expect(found.map((d) => d.iso)).toEqual(['2019-04', '2019-09-13']);
  });
});

describe('paragraphs return to the document year', () => {
  it('a bare date in a new paragraph after a flashback takes the document year when that is not in the future', () => {
    const text = '2022年5月には拒否権が行使された。\n10月16~17日に外相が訪朝した。';
    expect(findDates(text, { documentDate: '2023-11-13' }).map((d) => d.iso)).toEqual(['2022-05', '2023-10-16']);
  });
  it('keeps the flashback year when the document year would put the date after the document', () => {
    const text = '2015年4月に訪問が取りざたされた。\n5月9日の式典には代理が出席した。';
    expect(findDates(text, { documentDate: '2016-01-06' }).map((d) => d.iso)).toEqual(['2015-04', '2015-05-09']);
  });
  it('within one paragraph the flashback year holds', () => {
    const text = '2022年5月には拒否権が行使された。10月16日に外相が訪朝した。';
    expect(findDates(text, { documentDate: '2023-11-13' }).map((d) => d.iso)).toEqual(['2022-05', '2022-10-16']);
  });
});

describe('starting points', () => {
  it('a month range used as a starting point (以降) does not reset the running year', () => {
    const text = '2024年2月26日、国防相は2023年7~8月以降の輸送を分析した。同年3月18日には米国も発表した。';
    expect(findDates(text, { documentDate: '2024-07-12' }).map((d) => d.iso)).toEqual(['2024-02-26', '2023-07', '2024-03-18']);
  });
});

describe('recalled dates', () => {
  it('a date recalled as a starting point (since, anniversary) does not frame later bare dates', () => {
    const text = 'In April 2024 the two opened a friendship year, marking 75 years since ties were established on 6 October 1949. On 9 April, Lavrov held talks in Beijing.';
    expect(findDates(text, { documentDate: '2024-04-15', language: 'en' }).map((d) => d.iso)).toEqual(['2024-04', '1949-10-06', '2024-04-09']);
  });
  it('a Japanese anniversary counted from a year does not move the running year', () => {
    const text = '2024年4月、1949年の国交樹立から75周年を記念する行事が開かれた。11日には会談が行われた。';
    expect(findDates(text, { documentDate: '2024-04-15' }).map((d) => d.iso)).toEqual(['2024-04', '1949', '2024-04-11']);
  });
});

describe('anniversaries', () => {
  it('the date an anniversary is marked stays the running date', () => {
    const text = '2023年7月の朝鮮戦争休戦70周年の式典に代表団が出席した。27日には閲兵式が開かれた。';
    expect(findDates(text, { documentDate: '2023-11-13' }).map((d) => d.iso)).toEqual(['2023-07', '2023-07-27']);
  });
});

describe('reference points named through a noun', () => {
  it('2019年4月のウラジオストク以来 does not become the running date', () => {
    const text = '2023年9月13日に会談した。会談は2019年4月のウラジオストク以来となる。同月17日に帰国した。';
    expect(findDates(text, { documentDate: '2023-09-20' }).map((d) => d.iso)).toEqual(['2023-09-13', '2019-04', '2023-09-17']);
  });

  it('a bare day after a passing mention of another year returns to the main line of the narrative', () => {
    const text =
      '2016年5月2日、外相は訪問の延期を伝えた。翌日の5月3日、報道官が確認した。' +
      '大統領が2015年8月に訪問先を変えたことへの不満があったとみられる。5月10日には代表団が到着した。';
    expect(isos(text, '2017-01-01')).toEqual(['2016-05-02', '2016-05-03', '2016-05-03', '2015-08', '2016-05-10']);
  });

  it('a flashback that goes on near its own month stays in its year', () => {
    const text = '2016年5月2日、外相は訪問の延期を伝えた。大統領は2015年8月に平壌を訪れた。8月20日には共同声明が出た。';
    expect(isos(text, '2017-01-01')).toEqual(['2016-05-02', '2015-08', '2015-08-20']);
  });
});
