import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { dates } from './testing/date-fixtures.js';

describe('findDates: English', () => {
  it('reads day-month-year and month-day-year', () => {
    expect(dates('The ministers met on 4 March 2021 in Seoul.')).toEqual([['4 March 2021', '2021-03-04', null]]);
    expect(dates('The ministers met on March 4, 2021.')).toEqual([['March 4, 2021', '2021-03-04', null]]);
    expect(dates('The ministers met on the 4th of March 2021.')).toEqual([['4th of March 2021', '2021-03-04', null]]);
    expect(dates('Signed Sept. 9, 2018.')).toEqual([['Sept. 9, 2018', '2018-09-09', null]]);
  });

  it('reads month-year and years after a preposition or in parentheses', () => {
    expect(dates('Talks resumed in October 2019.')).toEqual([['October 2019', '2019-10', null]]);
    expect(dates('in 2019, since 2014, by 2030, during 2008, (2017)')).toEqual([
      ['2019', '2019', null],
      ['2014', '2014', null],
      ['2030', '2030', null],
      ['2008', '2008', null],
      ['2017', '2017', null],
    ]);
  });

  it('does not read bare numbers as years', () => {
    expect(dates('The army has 2023 tanks and 1500 guns; 2019 units.')).toEqual([]);
    expect(dates('Growth was in 2019 percent terms.')).toEqual([]);
  });

  it('reads day and year ranges', () => {
    expect(dates('from 3 to 9 June 2022')).toEqual([['3 to 9 June 2022', '2022-06-03', '2022-06-09']]);
    expect(dates('3–9 June 2022')).toEqual([['3–9 June 2022', '2022-06-03', '2022-06-09']]);
    expect(dates('June 3-9, 2022')).toEqual([['June 3-9, 2022', '2022-06-03', '2022-06-09']]);
    expect(dates('28 June to 2 July 2022')).toEqual([['28 June to 2 July 2022', '2022-06-28', '2022-07-02']]);
    expect(dates('June 28 – July 2, 2022')).toEqual([['June 28 – July 2, 2022', '2022-06-28', '2022-07-02']]);
    expect(dates('from 2004 to 2009')).toEqual([['2004 to 2009', '2004', '2009']]);
    expect(dates('between 2004 and 2009')).toEqual([['2004 and 2009', '2004', '2009']]);
    expect(dates('the Korean War (1950–53)')).toEqual([['1950–53', '1950', '1953']]);
  });

  it('resolves dates without a year and relative phrases from context', () => {
    const text =
      'Envoys met on 20 December 2021. The following day they issued a statement, and the same day ' +
      'Tokyo replied. On December 28 talks resumed; later that month a deal was struck. ' +
      'The following year, in March, a summit followed. Last year trade fell.';
    expect(dates(text, '2024-02-01')).toEqual([
      ['20 December 2021', '2021-12-20', null],
      ['The following day', '2021-12-21', null],
      ['the same day', '2021-12-21', null],
      ['December 28', '2021-12-28', null],
      ['later that month', '2021-12', null],
      ['The following year', '2022', null],
      ['March', '2022-03', null],
      ['Last year', '2023', null],
    ]);
  });

  it('reads next month, last month and this month from the running date', () => {
    expect(dates('On March 28, 2024, the ministry said the envoy would visit next month; talks began last month and end this month.', '2024-03-29')).toEqual([
      ['March 28, 2024', '2024-03-28', null],
      ['next month', '2024-04', null],
      ['last month', '2024-02', null],
      ['this month', '2024-03', null],
    ]);
  });

  it('reads weekdays and weeks from the date of a news report', () => {
    // 5 November 2024 was a Tuesday
    expect(dates('SEOUL, November 5, 2024 — Choe arrived on Friday, met Lavrov on Monday and leaves next Sunday; the agency said last week that talks were held last Tuesday.', '2024-11-05', 'en')).toEqual([
      ['November 5, 2024', '2024-11-05', null],
      ['Friday', '2024-11-01', null],
      ['Monday', '2024-11-04', null],
      ['Sunday', '2024-11-10', null],
      ['last week', '2024-10-28', '2024-11-03'],
      ['Tuesday', '2024-10-29', null],
    ]);
  });

  it('needs a preposition before a bare month name and a capital letter', () => {
    expect(dates('Theresa May said they may meet in May.', '2019')).toEqual([['May', '2019-05', null]]);
  });

  it('honours the language hint for relative phrases', () => {
    expect(findDates('On 3 May 2020, and the next day', { documentDate: null, language: 'ja' })).toHaveLength(1);
    expect(findDates('2020年5月3日、翌日', { documentDate: null, language: 'en' })).toHaveLength(1);
    // and English relative phrases are read in English text
    expect(findDates('On 3 May 2020, and the next day', { documentDate: null, language: 'en' }).map((d) => d.iso)).toEqual(['2020-05-03', '2020-05-04']);
  });
});
