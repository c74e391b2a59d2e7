import { describe, expect, it } from 'vitest';
import type { AliasTarget } from '../../extract/actors/gazetteer.js';
import { exchangeCounts } from './exchange-counts.js';
import { buildLevelIndex } from './office-level.js';
import type { ReportEvent } from './report-event.js';
import { summitTable } from './summit-table.js';

const leader = (id: string, name: string, state: string): AliasTarget => ({
  entityId: `person:${id}`, kind: 'person', code: state, nameEn: name, level: 'leader', roles: [{ state, office: 'leader', from: '2000-01-01', to: null }],
});
const minister = (id: string, name: string, state: string): AliasTarget => ({
  entityId: `person:${id}`, kind: 'person', code: state, nameEn: name, level: 'foreign-minister', roles: [{ state, office: 'foreign-minister', from: '2000-01-01', to: null }],
});
const levels = buildLevelIndex([
  leader('putin', 'Vladimir Putin', 'RUS'), leader('kim', 'Kim Jong Un', 'PRK'), leader('xi', 'Xi Jinping', 'CHN'),
  minister('lavrov', 'Sergey Lavrov', 'RUS'), minister('choe', 'Choe Son Hui', 'PRK'),
]);

let nextId = 1;
function ev(fields: Partial<ReportEvent> & Pick<ReportEvent, 'date' | 'cameo' | 'source' | 'target'>, quote = 'q'): ReportEvent {
  const id = nextId++;
  return {
    id, dateEnd: null, sourceName: null, targetName: null, status: 'occurred', location: null,
    sources: [{ documentId: 1, fileName: `doc${id}`, quote, span: { start: id * 10, end: id * 10 + quote.length }, rule: 'r', extractorVersion: 'v' }],
    ...fields,
  };
}

const visit = ev({ date: '2023-09-12', dateEnd: '2023-09-18', cameo: '042', source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', location: 'Khasan' });
const vostochny = ev({ date: '2023-09-13', cameo: '046', source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', targetName: 'Vladimir Putin', location: 'Vostochny Cosmodrome' });
const phone = ev({ date: '2024-01-10', cameo: '041', source: 'RUS', target: 'PRK', sourceName: 'Vladimir Putin', targetName: 'Kim Jong Un' });
const byWording = ev({ date: '2019-04-25', cameo: '046', source: 'RUS', target: 'PRK' }, '露朝首脳会談が行われた');
const eef = ev({ date: '2019-09-05', cameo: '044', source: 'RUS', target: 'PRK', sourceName: 'Vladimir Putin', targetName: 'Kim Jong Un' }, '東方経済フォーラムの際に会談した');
const ministers = ev({ date: '2023-10-18', cameo: '046', source: 'RUS', target: 'PRK', sourceName: 'Sergey Lavrov', targetName: 'Choe Son Hui', location: 'Pyongyang' });
const lavrovVisit = ev({ date: '2023-10-18', dateEnd: '2023-10-19', cameo: '042', source: 'RUS', target: 'PRK', sourceName: 'Sergey Lavrov' });
const lavrovMeetsKim = ev({ date: '2023-10-19', cameo: '040', source: 'RUS', target: 'PRK', sourceName: 'Sergey Lavrov', targetName: 'Kim Jong Un' });
const hosted = ev({ date: '2024-06-19', cameo: '043', source: 'PRK', target: 'RUS', sourceName: 'Kim Jong Un', targetName: 'Vladimir Putin' });
const planned = ev({ date: '2025', cameo: '046', source: 'RUS', target: 'PRK', sourceName: 'Vladimir Putin', targetName: 'Kim Jong Un', status: 'planned' });
const otherDyad = ev({ date: '2023-09-13', cameo: '046', source: 'CHN', target: 'PRK', sourceName: 'Xi Jinping', targetName: 'Kim Jong Un' });
const events = [visit, vostochny, phone, byWording, eef, ministers, lavrovVisit, lavrovMeetsKim, hosted, planned, otherDyad];

describe('summitTable', () => {
  it('lists leader-level meetings of the dyad in the period with their framework, place and sources', () => {
    const rows = summitTable(events, ['RUS', 'PRK'], { from: '2019', to: '2024' }, { levels });
    // Hand check: byWording (summit wording, no names), eef (two leaders, names EEF), vostochny (two leaders,
    // inside Kim's 12–18 Sept visit), phone (041). Not: ministers, Lavrov–Kim (a minister), the 043 (a visit),
    // the planned 2025 one (status and period), the CHN–PRK one (other dyad).
    expect(rows.map((r) => r.eventId)).toEqual([byWording.id, eef.id, vostochny.id, phone.id]);
    const [w, e, v, p] = rows;
    expect(w!.basis).toBe('summit-wording');
    expect(w!.framework).toEqual({ kind: 'meeting' });
    expect(e!.framework).toEqual({ kind: 'multilateral', name: 'Eastern Economic Forum' });
    expect(v!.framework).toEqual({ kind: 'bilateral-visit', host: 'RUS', visitEventIds: [visit.id] });
    expect(v!.place).toBe('Vostochny Cosmodrome');
    expect(v!.basis).toBe('leader-names');
    expect(p!.framework).toEqual({ kind: 'phone' });
    expect(v!.sources).toEqual(vostochny.sources);
  });

  it('keeps other statuses when asked, and an open period', () => {
    const rows = summitTable(events, ['PRK', 'RUS'], {}, { levels, statuses: ['planned'] });
    expect(rows.map((r) => r.eventId)).toEqual([planned.id]);
  });
});

describe('exchangeCounts', () => {
  it('counts visits by the visitor level and contacts by the lower side, per year and direction', () => {
    const rows = exchangeCounts(events, ['RUS', 'PRK'], { levels });
    // By hand (occurred only, RUS–PRK):
    // 2019 contact leader RUS→PRK: byWording (summit wording) and eef (two leaders) = 2
    // 2023 contact leader PRK→RUS: vostochny = 1
    // 2023 contact minister RUS→PRK: ministers (both ministers), lavrovMeetsKim (lower side a minister) = 2
    // 2023 visit leader PRK→RUS: visit = 1; 2023 visit minister RUS→PRK: lavrovVisit = 1
    // 2024 contact leader RUS→PRK: phone = 1; 2024 visit leader RUS→PRK: hosted (043: Putin is the visitor) = 1
    expect(rows.map((r) => [r.year, r.kind, r.level, r.direction, r.count, r.eventIds])).toEqual([
      ['2019', 'contact', 'leader', 'RUS→PRK', 2, [byWording.id, eef.id]],
      ['2023', 'contact', 'leader', 'PRK→RUS', 1, [vostochny.id]],
      ['2023', 'contact', 'minister', 'RUS→PRK', 2, [ministers.id, lavrovMeetsKim.id]],
      ['2023', 'visit', 'leader', 'PRK→RUS', 1, [visit.id]],
      ['2023', 'visit', 'minister', 'RUS→PRK', 1, [lavrovVisit.id]],
      ['2024', 'contact', 'leader', 'RUS→PRK', 1, [phone.id]],
      ['2024', 'visit', 'leader', 'RUS→PRK', 1, [hosted.id]],
    ]);
  });

  it('totals the period when not split by year', () => {
    const rows = exchangeCounts(events, ['RUS', 'PRK'], { levels, byYear: false, period: { from: '2023-10', to: '2023-12' } });
    expect(rows.map((r) => [r.year, r.kind, r.level, r.count])).toEqual([
      ['all', 'contact', 'minister', 2],
      ['all', 'visit', 'minister', 1],
    ]);
  });
});
