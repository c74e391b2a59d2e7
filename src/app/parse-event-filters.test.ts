import { describe, expect, it } from 'vitest';
import { parseEventFilters } from './parse-event-filters.js';

describe('parseEventFilters', () => {
  it('accepts a dyad, a month range and a limit', () => {
    const r = parseEventFilters({ dyad: 'rus,PRK', from: '2023-01', to: '2023-12', limit: '10' });
    expect(r).toEqual({ ok: true, value: { dyad: ['RUS', 'PRK'], from: '2023-01', to: '2023-12', limit: 10 } });
  });
  it('caps the page size when asked to (the API), naming the maximum', () => {
    expect(parseEventFilters({ limit: '10000' }, { maxLimit: 10000 }).ok).toBe(true);
    const r = parseEventFilters({ limit: '10001' }, { maxLimit: 10000 });
    expect(r).toMatchObject({ ok: false, error: { field: 'limit', message: expect.stringMatching(/at most 10000/) } });
    expect(parseEventFilters({ limit: '100000' }).ok).toBe(true);
  });
  it.each([
    [{ dyad: 'RUS' }, 'dyad'],
    [{ from: '2023/01' }, 'from'],
    [{ cameo: '4a' }, 'cameo'],
    [{ status: 'done' }, 'status'],
    [{ limit: '0' }, 'limit'],
  ] as const)('names the bad field %j', (input, field) => {
    const r = parseEventFilters(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });
});
