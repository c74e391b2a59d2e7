import type { DateMention } from '../../core/date-mention.js';
import type { PlaceMention } from '../places/place-matcher.js';

/**
 * The host of a ceremony told earlier in the document. A passage about a
 * parade or a commemoration names where it is held once (モスクワの赤の広場で
 * 「戦勝記念式典」が実施された) and then lists who attended or stayed away in
 * later sentences that name no place (式典を欠席した, 53カ国の首脳が一堂に会した):
 * those sentences' visits go to the state that held it. Only a sentence that
 * names a ceremony and a place sets the host — not any place named (the last
 * place of the text is often somewhere else) — and the host is forgotten
 * after HOST_SPAN characters.
 */
export interface CeremonyHost {
  readonly code: string;
  /** Document offset of the sentence that named it. */
  readonly at: number;
  /** The day it was held, when that sentence gives one. */
  readonly date: DateMention | null;
  /** Its title without numbers (「対独戦勝70周年記念式典」 → 対独戦勝記念式典), to know the same yearly ceremony again. */
  readonly key: string | null;
}

/** Ceremonies and gatherings whose attendance is a visit to the host. */
export const CEREMONY = /式典|パレード|記念行事|祝賀行事|記念日の?行事|一堂に会|欠席/u;

/** 参加は…XなどNカ国: attendance told as a count, in a passage on a ceremony told before. */
export const COUNTED_ATTENDANCE = /参加(?:国|者)?(?:数)?は[^。]*など\d+(?:カ|か|ヵ|ケ)国/u;

/** Ceremony words that can set the host (欠席 and 一堂に会 only use it). */
const HOSTED = /式典|パレード|記念行事|祝賀行事/u;

/** How far (in characters) a host told once still frames later sentences. */
const HOST_SPAN = 2000;

/** The host after a sentence: the country of a place named with a ceremony, else the one in force. */
export function nextCeremonyHost(
  text: string, base: number, places: readonly PlaceMention[], dates: readonly DateMention[], current: CeremonyHost | null,
): CeremonyHost | null {
  if (HOSTED.test(text)) {
    const p = places.find((x) => x.place.country && x.place.kind !== 'country');
    if (p) {
      const key = ceremonyKey(text);
      const day = dates.find((d) => d.precision === 'day') ?? null;
      // 赤の広場における軍事パレードは…: the same ceremony told again without its day keeps the day told before
      const same = current !== null && current.code === p.place.country && (key === null || key === current.key);
      return { code: p.place.country, at: base, date: day ?? (same ? current.date : null), key: key ?? (same ? current.key : null) };
    }
  }
  return current;
}

/** The host in force at a sentence starting at `base`, if still near enough. */
export function hostAt(current: CeremonyHost | null, base: number): CeremonyHost | null {
  return current && base - current.at <= HOST_SPAN ? current : null;
}

/** A ceremony's title in brackets: 「対独戦勝60周年記念式典」. */
const TITLE = /「([^」]{2,30}?(?:式典|パレード|記念行事|祝賀行事))」/u;

function ceremonyKey(text: string): string | null {
  const m = TITLE.exec(text);
  // 「対独戦勝70周年記念式典」 and 「対独戦勝70周年記念行事」 are one occasion: 対独戦勝
  return m ? m[1]!.replace(/第?[0-9]+(?:周年|回目?)?/gu, '').replace(/(?:記念)?(?:式典|祝賀行事|行事)$/u, '') : null;
}

/**
 * 「対独戦勝70周年記念行事」には、…が代理出席した, after a passage on another
 * ceremony: a sentence that names a ceremony told before by its title returns
 * to that ceremony's host and day.
 */
export function recalledHost(text: string, base: number, seen: readonly CeremonyHost[], current: CeremonyHost | null): CeremonyHost | null {
  if (seen.length === 0 || !text.includes('「')) return current;
  const key = ceremonyKey(text);
  if (key === null || key === '' || current?.key === key) return current;
  for (let i = seen.length - 1; i >= 0; i--) {
    const h = seen[i]!;
    if (h.key === key) return { ...h, at: base };
  }
  return current;
}

/**
 * The date of an act at a ceremony, from the ceremony told before: a sentence
 * with no date before the act speaks of that ceremony (今回、式典参加者は…,
 * 首相は記念式典を欠席し、翌日…), and so does 今回 after a date of another
 * occasion (2005年は11カ国であったが、今回は…欠席を表明した), and
 * the same yearly ceremony dated only by its year (2005年の「対独戦勝60周年記念
 * 式典」は…) was held on the same day of that year. Null: keep the date picked.
 */
export function ceremonyDate(
  text: string, base: number, host: CeremonyHost | null, picked: DateMention | null, own: readonly DateMention[], at: number,
): DateMention | null {
  if (!host?.date || !(CEREMONY.test(text) || COUNTED_ATTENDANCE.test(text))) return null;
  const earlier = own.filter((d) => d.start < at);
  const last = earlier[earlier.length - 1];
  // 2005年は11カ国であったが、今回は…欠席を表明した: 今回 after a date of another year returns to the ceremony
  // (a date of the sentence after the act that was picked for it, 出席した(5月10日), stays)
  const ownPicked = picked !== null && own.includes(picked);
  if ((!last && !ownPicked) || (last && /今回/u.test(text.slice(last.end - base, at - base)))) return { ...host.date, start: at, end: at, relative: true };
  const key = ceremonyKey(text);
  // (or by its anniversary, 対独戦勝60周年 = May 2005: the month agrees with the day told)
  const sameMonth = picked?.precision === 'month' && picked.iso.slice(5, 7) === host.date.iso.slice(5, 7);
  if (picked && (picked.precision === 'year' || sameMonth) && picked.isoEnd === null && key !== null && key === host.key) {
    return { ...picked, iso: `${picked.iso.slice(0, 4)}${host.date.iso.slice(4, 10)}`, precision: 'day', relative: true };
  }
  return null;
}
