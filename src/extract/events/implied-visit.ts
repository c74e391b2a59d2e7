import type { PlaceMention } from '../places/place-matcher.js';

/**
 * 平壌で金総書記と会談した / 上海で開かれた中露首脳会談: talks held in a place of
 * one side's country mean the other side went there — a visit (042) as well as
 * the meeting, as analysts code it. The place must be the meeting's own (Xで,
 * right before the trigger in the same clause); talks with an ambassador (駐露
 * 大使とモスクワで会談) are held where the ambassador lives and imply no visit.
 * Returns the visitor and the state visited, or null.
 */
export function impliedVisit(
  text: string, base: number, places: readonly PlaceMention[], triggerStart: number, source: string, target: string | null,
): { visitor: string; host: string } | null {
  if (!target || source === target) return null;
  const place = [...places].reverse().find((p) => p.end <= triggerStart && p.place.kind !== 'country' && p.place.country);
  if (!place || triggerStart - place.end > 40) return null;
  const between = text.slice(place.end - base, triggerStart - base);
  // モスクワでのオンライン会談: talks held from afar bring no one anywhere
  if (!/^で/u.test(between) || /[、,。]|オンライン|テレビ|ビデオ|電話|リモート/u.test(between)) return null;
  if (RESIDENT.test(text.slice(Math.max(0, place.start - base - 30), triggerStart - base))) return null;
  const host = place.place.country;
  if (host === source) return { visitor: target, host };
  if (host === target) return { visitor: source, host };
  return null;
}

/** An ambassador or an embassy: someone who lives in the place where the talks are held. */
const RESIDENT = /駐[^、。]{1,6}大使|大使館|大使と/u;
