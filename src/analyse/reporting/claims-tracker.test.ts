import { describe, expect, it } from 'vitest';
import { claimsChart } from './claims-chart.js';
import { claimsTracker, subjectKey, type TrackedClaim } from './claims-tracker.js';

let nextId = 1;
function claim(fields: Partial<TrackedClaim> & Pick<TrackedClaim, 'subject' | 'low' | 'unit'>): TrackedClaim {
  const id = nextId++;
  return {
    id, documentId: id, fileName: `doc${id}`, high: fields.low, claimant: null, claimantName: null, date: null, period: null,
    quote: `quote ${id}`, span: { start: 0, end: 7 }, ...fields,
  };
}

const first = claim({ subject: 'containers (PRK to RUS)', low: 1000, high: null, unit: 'container', claimant: 'USA', date: '2023-10-13' });
const korea = claim({ subject: 'Containers (PRK to RUS)', low: 6700, unit: 'container', claimant: 'KOR', date: '2024-02-26' });
const later = claim({ subject: 'containers (PRK to RUS)', low: 10000, high: null, unit: 'container', claimant: 'USA', date: '2024-03-18' });
const undated = claim({ subject: 'containers (PRK to RUS)', low: 5000, high: 7000, unit: 'container' });
const reverse = claim({ subject: 'containers (RUS to PRK)', low: 20, unit: 'container', date: '2024-01' });
const set = claim({ subject: 'containers (USA, KOR, PRK)', low: 6700, unit: 'container', date: '2024-03-01' });
const shells = claim({ subject: 'shells', low: 3000000, high: null, unit: 'shell', date: '2024-03-01' });

describe('subjectKey', () => {
  it('folds case and plurals and keys the actors: a direction, or a sorted set', () => {
    expect(subjectKey(first, false)).toEqual({ key: 'container|container|PRK>RUS', words: 'container', actors: 'PRK>RUS' });
    expect(subjectKey(set, false).actors).toBe('KOR,PRK,USA');
    expect(subjectKey(set, true).key).toBe('container|container|');
  });
});

describe('claimsTracker', () => {
  it('groups estimates of the same quantity and orders each series by claim date, undated last', () => {
    const groups = claimsTracker([later, set, undated, korea, shells, first, reverse]);
    // Hand grouping: {first, korea, later, undated} (PRK>RUS) has 4; the others one each, ordered by key.
    expect(groups.map((g) => g.key)).toEqual([
      'container|container|PRK>RUS', 'container|container|KOR,PRK,USA', 'container|container|RUS>PRK', 'shell|shell|',
    ]);
    const g = groups[0]!;
    expect(g.series.map((c) => c.id)).toEqual([first.id, korea.id, later.id, undated.id]);
    expect([g.min, g.max]).toEqual([1000, 10000]); // values stated: 1000, 6700, 10000, 5000, 7000
    expect(g.label).toBe('containers (PRK to RUS)'); // 3 of the 4 claims write it so
    expect(g.documents).toEqual([first, korea, later, undated].map((c) => c.fileName).sort());
  });

  it('groups across actors when loose, and drops small groups', () => {
    const groups = claimsTracker([first, korea, reverse, set, shells], { ignoreActors: true, minClaims: 2 });
    expect(groups.map((g) => [g.key, g.series.length])).toEqual([['container|container|', 4]]);
  });
});

describe('claimsChart', () => {
  it('draws one self-contained SVG with a titled mark per dated claim', () => {
    const svg = claimsChart(claimsTracker([first, korea, later, undated]), { title: 'Containers <PRK→RUS>' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/href|@import|url\(/); // no external fonts or links
    expect(svg).toContain('Containers &lt;PRK→RUS&gt;');
    // Three dated claims: two open "more than" (triangles), one point value (circle); the undated one is left out.
    expect(svg.match(/<title>/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toContain(`${first.fileName} [0,7): quote ${first.id}`);
    expect(svg).toContain('1,000+ container');
  });

  it('says so when nothing is dated', () => {
    expect(claimsChart(claimsTracker([undated]))).toContain('no dated claims');
  });
});
