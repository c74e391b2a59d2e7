import { describe, expect, it } from 'vitest';
import type { AliasTarget } from '../../extract/actors/gazetteer.js';
import { buildLevelIndex, levelOf } from './office-level.js';

const person = (id: string, nameEn: string, roles: AliasTarget['roles']): AliasTarget => ({
  entityId: `person:${id}`, kind: 'person', code: roles[0]?.state ?? '', nameEn, level: roles[0]?.office ?? null, roles,
});

const targets: AliasTarget[] = [
  person('ivanov', 'Sergei Ivanov', [
    { state: 'RUS', office: 'defence-minister', from: '2001-03-28', to: '2007-02-14' },
    { state: 'RUS', office: 'official', from: '2007-02-15', to: null },
  ]),
  person('medvedev', 'Dmitry Medvedev', [
    { state: 'RUS', office: 'leader', from: '2008-05-07', to: '2012-05-07' },
    { state: 'RUS', office: 'head-of-government', from: '2012-05-08', to: '2020-01-15' },
  ]),
  // An ambiguous surface: each role names the person meant.
  { ...person('ambiguous-kim', 'Kim Jong Un', [
    { state: 'PRK', office: 'leader', from: '1994-07-08', to: '2011-12-17', en_as: 'Kim Jong Il' } as AliasTarget['roles'][number],
    { state: 'PRK', office: 'leader', from: '2011-12-30', to: null, en_as: 'Kim Jong Un' } as AliasTarget['roles'][number],
  ]) },
  { entityId: 'office:prk-vfm', kind: 'person', code: 'PRK', nameEn: 'North Korean Vice Foreign Minister', level: 'vice-minister', roles: [] },
  { entityId: 'state:RUS', kind: 'state', code: 'RUS', nameEn: null, level: null, roles: [] },
];
const index = buildLevelIndex(targets);

describe('levelOf', () => {
  it('takes the role in force on the date', () => {
    expect(levelOf(index, 'Sergei Ivanov', '2005-06-01')).toBe('minister'); // defence minister then
    expect(levelOf(index, 'Sergei Ivanov', '2010')).toBe('other'); // chief of staff: not a counted level
    expect(levelOf(index, 'Dmitry Medvedev', '2011-08-24')).toBe('leader');
    expect(levelOf(index, 'Dmitry Medvedev', '2015')).toBe('leader'); // head of government counts as leader
  });

  it('resolves names carried by an ambiguous entry, case-insensitively', () => {
    expect(levelOf(index, 'kim jong il', '2011-08')).toBe('leader');
    expect(levelOf(index, 'Kim Jong Un', '2023-09-13')).toBe('leader');
  });

  it('reads office entries, and falls back to the last role begun before an uncovered date', () => {
    expect(levelOf(index, 'North Korean Vice Foreign Minister', '2024')).toBe('vice-minister');
    // 2011-12-20 lies between Kim Jong Il's end and Kim Jong Un's start: the last role begun before it is a leader's.
    expect(levelOf(index, 'Kim Jong Un', '2011-12-20')).toBe('leader');
    expect(levelOf(index, 'Sergei Ivanov', '1999')).toBe('minister'); // before any role: the first
  });

  it('is other for unknown or missing names', () => {
    expect(levelOf(index, 'Nobody', '2020')).toBe('other');
    expect(levelOf(index, null, '2020')).toBe('other');
  });
});
