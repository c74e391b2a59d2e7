import { describe, expect, it } from 'vitest';
import { defaultCompare, defaultReportFileName, parseReportRequest } from './parse-report-request.js';

describe('parseReportRequest', () => {
  it('takes a dyad, a window and a granularity, comparing with China by default', () => {
    expect(parseReportRequest({ dyad: 'rus,prk', from: '2023', to: '2025' })).toEqual({
      ok: true,
      value: { dyad: ['RUS', 'PRK'], compare: [['CHN', 'PRK'], ['CHN', 'RUS']], from: '2023', to: '2025', granularity: 'quarter' },
    });
    expect(defaultCompare(['CHN', 'PRK'])).toEqual([]);
    const none = parseReportRequest({ dyad: 'RUS,PRK', compare: 'none', by: 'year' });
    expect(none.ok && [none.value.compare, none.value.granularity]).toEqual([[], 'year']);
    const given = parseReportRequest({ dyad: 'RUS,PRK', compare: 'RUS,PRK;USA,KOR' });
    expect(given.ok && given.value.compare).toEqual([['USA', 'KOR']]);
  });

  it('names the bad option', () => {
    const field = (raw: Parameters<typeof parseReportRequest>[0]) => { const r = parseReportRequest(raw); return r.ok ? null : r.error.field; };
    expect(field({})).toBe('dyad');
    expect(field({ dyad: 'RUS' })).toBe('dyad');
    expect(field({ dyad: 'RUS,PRK', from: 'Sept' })).toBe('from');
    expect(field({ dyad: 'RUS,PRK', from: '2025', to: '2023' })).toBe('from');
    expect(field({ dyad: 'RUS,PRK', by: 'week' })).toBe('by');
    expect(field({ dyad: 'RUS,PRK', compare: 'CHN' })).toBe('compare');
  });

  it('names the default file after the dyad and period', () => {
    expect(defaultReportFileName({ dyad: ['RUS', 'PRK'], from: '2023', to: '2025' })).toBe('sokan-report-RUS-PRK-2023-2025.html');
    expect(defaultReportFileName({ dyad: ['RUS', 'PRK'], from: undefined, to: '2024-06' }, 'md')).toBe('sokan-report-RUS-PRK-all-2024-06.md');
  });
});
