import type { ActorMention } from '../../core/actor.js';
import type { Quantity } from './quantity.js';

/**
 * A short English description of what a figure counts: the unit in the plural,
 * the table row it sits in, and the actors of the sentence (`containers (PRK to
 * RUS)`). Best effort: scoring ignores it, analysts read it.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  person: 'persons', country: 'countries', aircraft: 'aircraft', percent: 'percent', USD: 'USD',
  JPY: 'JPY', EUR: 'EUR', KRW: 'KRW', RUB: 'RUB', CNY: 'CNY', GBP: 'GBP', fold: 'fold', city: 'cities', company: 'companies', km: 'km', kg: 'kg', 'square km': 'square km', 'nautical mile': 'nautical miles',
};

export function pluralUnit(unit: string): string {
  if (IRREGULAR[unit]) return IRREGULAR[unit];
  if (unit.includes(' per ')) return unit.replace(/^(\S+(?: \S+)?) per/, (_m, u: string) => `${pluralUnit(u)} per`);
  return /(?:s|sh|ch|x)$/.test(unit) ? `${unit}es` : `${unit}s`;
}

export function claimSubject(q: Quantity, text: string, base: number, actors: readonly ActorMention[], claimant: ActorMention | null): string {
  const label = q.label ? `: ${q.label}` : '';
  const from = actors.find((m) => m !== claimant && m.end - base <= q.start && /^(?:が|は|から)/.test(text.slice(m.end - base)));
  const to = actors.find((m) => m !== from && m !== claimant && m.code !== from?.code && /^(?:に|へ|向け)/.test(text.slice(m.end - base)));
  let who = '';
  if (from && to) who = ` (${from.code} to ${to.code})`;
  else {
    const codes = [...new Set(actors.filter((m) => m !== claimant).map((m) => m.code))].slice(0, 3);
    if (codes.length) who = ` (${codes.join(', ')})`;
  }
  return `${pluralUnit(q.unit)}${label}${who}`;
}
