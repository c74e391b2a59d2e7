import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../core/actor.js';
import type { Mention } from '../actors/match-actors.js';
import type { PlaceMention } from '../places/place-matcher.js';
import { englishRoles } from './english-roles.js';
import type { Frame } from './event-rule.js';
import type { RoleContext } from './roles.js';

/*
 * englishRoles on hand-built contexts: the sentence sits at document offset
 * BASE, so every offset conversion is exercised. Actors are given as
 * [surface, code, kind] and found by their first occurrence after the
 * previous one; the trigger is the first occurrence of its text.
 */

const BASE = 1000;

type A = readonly [surface: string, code: string, kind?: ActorKind];

function ctx(text: string, trigger: string, actors: readonly A[], places: readonly (readonly [string, string])[] = [], previousPair: readonly [string, string] | null = null): RoleContext {
  let from = 0;
  const mentions: Mention[] = actors.map(([surface, code, kind]) => {
    const at = text.indexOf(surface, from);
    if (at < 0) throw new Error(`no "${surface}" in test sentence`);
    from = at + surface.length;
    return {
      start: BASE + at, end: BASE + at + surface.length, surface, code, entityId: `x:${surface}`,
      nameEn: kind === 'person' ? surface : null, kind: kind ?? 'state', marker: 'plain', level: null,
    };
  });
  const pm: PlaceMention[] = places.map(([surface, country]) => {
    const at = text.indexOf(surface);
    return { start: BASE + at, end: BASE + at + surface.length, place: { en: surface, ja: [], country, lat: 0, lon: 0, kind: 'city' } };
  });
  const t = text.indexOf(trigger);
  if (t < 0) throw new Error(`no trigger "${trigger}"`);
  return {
    text, base: BASE, mentions, places: pm, triggerStart: BASE + t, triggerEnd: BASE + t + trigger.length,
    previousPair, language: 'en', topic: null,
  };
}

function roles(frame: Frame, c: RoleContext, defaultTarget: string | null = null, fixed = false): string[] {
  return englishRoles(frame, c, defaultTarget, fixed).map((r) => `${r.source.code}->${r.target?.code ?? '-'}`);
}

describe('englishRoles: subject', () => {
  it('the actor before the verb, the object after it', () => {
    expect(roles('directed', ctx('On August 24, 2023, South Korea condemned North Korea.', 'condemned', [['South Korea', 'KOR'], ['North Korea', 'PRK']]))).toEqual(['KOR->PRK']);
  });

  it('a title and a name side by side are one party (the person names it)', () => {
    const c = ctx('Russian President Vladimir Putin met Kim Jong Un.', 'met', [['Russian President', 'RUS', 'person'], ['Vladimir Putin', 'RUS', 'person'], ['Kim Jong Un', 'PRK', 'person']]);
    const r = englishRoles('meet', c, null, false);
    expect(r).toHaveLength(1);
    expect(r[0]!.source.start).toBe(BASE);
    expect(r[0]!.source.nameEn).toBe('Vladimir Putin');
    expect(r[0]!.target?.code).toBe('PRK');
  });

  it("the possessive before a nominal trigger: Xi Jinping's state visit to", () => {
    expect(roles('visit', ctx("Xi Jinping's state visit to North Korea began.", 'visit', [['Xi Jinping', 'CHN', 'person'], ['North Korea', 'PRK']]))).toEqual(['CHN->PRK']);
  });

  it('an object of an earlier verb in the clause is not the subject', () => {
    expect(roles('meet', ctx('Kim Jong Un visited Russia and met Vladimir Putin.', 'met', [['Kim Jong Un', 'PRK', 'person'], ['Russia', 'RUS'], ['Vladimir Putin', 'RUS', 'person']]))).toEqual(['PRK->RUS']);
  });

  it('"According to X" is no subject: the subject comes from the clause of the verb', () => {
    expect(roles('directed', ctx('According to Japan, North Korea shipped shells to Russia.', 'shipped shells to', [['Japan', 'JPN'], ['North Korea', 'PRK'], ['Russia', 'RUS']]))).toEqual(['PRK->RUS']);
  });

  it('a trailing "according to X" is not the object', () => {
    expect(roles('directed', ctx('North Korea sent shells, according to Japan.', 'sent', [['North Korea', 'PRK'], ['Japan', 'JPN']]))).toEqual([]);
  });

  it('the reported clause after "said" has its own subject', () => {
    expect(roles('unilateral', ctx("South Korea's military said North Korea fired a missile.", 'fired a missile', [['South Korea', 'KOR'], ['North Korea', 'PRK']]))).toEqual(['PRK->-']);
  });

  it('the state behind an office: the foreign ministry of China', () => {
    expect(roles('directed', ctx('The foreign ministry of China condemned the launch by Japan.', 'condemned', [['China', 'CHN'], ['Japan', 'JPN']]))).toEqual(['CHN->JPN']);
  });

  it('a subject from an earlier clause when the clause has none', () => {
    expect(roles('visit', ctx('Kim Jong Un, who arrived on Tuesday, visited Moscow.', 'visited', [['Kim Jong Un', 'PRK', 'person']], [['Moscow', 'RUS']]))).toEqual(['PRK->RUS']);
  });

  it('no actor in subject position: no event', () => {
    expect(roles('visit', ctx('In 2023, some 25 million foreign tourists visited Japan.', 'visited', [['Japan', 'JPN']]))).toEqual([]);
  });
});

describe('englishRoles: coordination and pairs', () => {
  it('coordinated subjects of a directed act: one event each', () => {
    expect(roles('directed', ctx("Japan and South Korea condemned North Korea's launch.", 'condemned', [['Japan', 'JPN'], ['South Korea', 'KOR'], ['North Korea', 'PRK']]))).toEqual(['JPN->PRK', 'KOR->PRK']);
  });

  it('a list with commas and "and"', () => {
    const c = ctx('Japan, South Korea and the United States condemned North Korea.', 'condemned', [['Japan', 'JPN'], ['South Korea', 'KOR'], ['the United States', 'USA'], ['North Korea', 'PRK']]);
    expect(roles('directed', c)).toEqual(['JPN->PRK', 'KOR->PRK', 'USA->PRK']);
  });

  it('X and Y signed / held talks: the pair', () => {
    expect(roles('agree', ctx('Vladimir Putin and Kim Jong Un signed the treaty.', 'signed', [['Vladimir Putin', 'RUS', 'person'], ['Kim Jong Un', 'PRK', 'person']]))).toEqual(['RUS->PRK']);
    expect(roles('meet', ctx('China and Russia held summit talks in Beijing.', 'held summit talks', [['China', 'CHN'], ['Russia', 'RUS']], [['Beijing', 'CHN']]))).toEqual(['CHN->RUS']);
  });

  it('talks between X and Y', () => {
    expect(roles('meet', ctx('The summit between North Korea and Russia took place.', 'summit', [['North Korea', 'PRK'], ['Russia', 'RUS']]))).toEqual(['PRK->RUS']);
  });

  it('"between X and Y" far after the trigger is not its pair', () => {
    expect(roles('meet', ctx('The call was the first since the summit in 2023 between China and Japan.', 'call', [['China', 'CHN'], ['Japan', 'JPN']]))).toEqual([]);
  });

  it('both sides: the pair of the previous event', () => {
    expect(roles('agree', ctx('Both sides agreed to expand trade.', 'agreed', [], [], ['RUS', 'PRK']))).toEqual(['RUS->PRK']);
  });
});

describe('englishRoles: objects, places, passives, fixed targets', () => {
  it('a person object stands for its state', () => {
    expect(roles('directed', ctx('Russia criticised South Korean President Yoon Suk Yeol.', 'criticised', [['Russia', 'RUS'], ['South Korean President', 'KOR', 'person'], ['Yoon Suk Yeol', 'KOR', 'person']]))).toEqual(['RUS->KOR']);
  });

  it('visits: a place after the verb stands for its country', () => {
    expect(roles('visit', ctx('Vladimir Putin visited Pyongyang.', 'visited', [['Vladimir Putin', 'RUS', 'person']], [['Pyongyang', 'PRK']]))).toEqual(['RUS->PRK']);
  });

  it('meetings fall back to the host city', () => {
    expect(roles('meet', ctx('Sergey Lavrov held talks in Pyongyang.', 'held talks', [['Sergey Lavrov', 'RUS', 'person']], [['Pyongyang', 'PRK']]))).toEqual(['RUS->PRK']);
  });

  it('directed acts take no place as object', () => {
    expect(roles('directed', ctx('Japan condemned the launch in Pyongyang.', 'condemned', [['Japan', 'JPN']], [['Pyongyang', 'PRK']]))).toEqual([]);
  });

  it('passive: was received by X', () => {
    expect(roles('directed', ctx('Kim Jong Un was received by Xi Jinping in Beijing.', 'received', [['Kim Jong Un', 'PRK', 'person'], ['Xi Jinping', 'CHN', 'person']]))).toEqual(['CHN->PRK']);
  });

  it('passive: were shipped by X to Y', () => {
    expect(roles('directed', ctx('Shells were shipped by North Korea to Russia.', 'shipped', [['North Korea', 'PRK'], ['Russia', 'RUS']]))).toEqual(['PRK->RUS']);
  });

  it('a visit by X to Y', () => {
    expect(roles('visit', ctx('A visit by Sergey Lavrov to Pyongyang began.', 'visit', [['Sergey Lavrov', 'RUS', 'person']], [['Pyongyang', 'PRK']]))).toEqual(['RUS->PRK']);
  });

  it('fixed target: always that target, one event per coordinated subject', () => {
    const c = ctx('Russia and China vetoed a resolution on sanctions against North Korea.', 'vetoed', [['Russia', 'RUS'], ['China', 'CHN'], ['North Korea', 'PRK']]);
    expect(roles('directed', c, 'UNO', true)).toEqual(['RUS->UNO', 'CHN->UNO']);
  });

  it('default target only when the clause names none', () => {
    expect(roles('directed', ctx('Russia vetoed the draft.', 'vetoed', [['Russia', 'RUS']]), 'UNO')).toEqual(['RUS->UNO']);
    expect(roles('directed', ctx('Russia criticised Japan.', 'criticised', [['Russia', 'RUS'], ['Japan', 'JPN']]), 'UNO')).toEqual(['RUS->JPN']);
  });

  it('unilateral: the subject only', () => {
    expect(roles('unilateral', ctx('North Korea launched a missile toward Japan.', 'launched a missile', [['North Korea', 'PRK'], ['Japan', 'JPN']]))).toEqual(['PRK->-']);
  });

  it('statement: the speaker and the actor named after "that"', () => {
    expect(roles('statement', ctx('The White House said that North Korea had delivered munitions to Russia.', 'said', [['White House', 'USA', 'body'], ['North Korea', 'PRK'], ['Russia', 'RUS']]))).toEqual(['USA->PRK']);
  });

  it('subject and object of one state: no event', () => {
    expect(roles('directed', ctx('Kim Jong Un received a North Korean delegation.', 'received', [['Kim Jong Un', 'PRK', 'person'], ['North Korean', 'PRK']]))).toEqual([]);
  });
});
