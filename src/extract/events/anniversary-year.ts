import type { DateMention } from '../../core/date-mention.js';

/**
 * 2015年の「第二次世界大戦70周年記念行事」に相互参加…。中国側は、9月3日に
 * 「抗日戦争70周年記念行事」を開催し: a bare day (no year of its own) that
 * dates a ceremony titled with the same anniversary as one the text placed in
 * a year is in that year, whatever the running year (here 2014, from a
 * sentence in between). Pure; returns the dates with such years corrected.
 */
export function anniversaryYears(text: string, dates: readonly DateMention[]): DateMention[] {
  const anchors: { at: number; n: string; year: string }[] = [];
  for (const m of text.matchAll(ANCHOR)) anchors.push({ at: m.index, n: m[2]!, year: m[1]! });
  if (anchors.length === 0) return [...dates];
  return dates.map((d) => {
    if (!d.relative || d.surface.includes('年') || (d.precision !== 'day' && d.precision !== 'month')) return d;
    const tail = text.slice(d.end, d.end + REACH);
    const stop = tail.indexOf('。');
    const title = TITLE.exec(stop >= 0 ? tail.slice(0, stop) : tail);
    if (!title) return d;
    let anchor: (typeof anchors)[number] | undefined;
    for (const a of anchors) if (a.at < d.start && d.start - a.at <= SPAN && a.n === title[1]) anchor = a;
    if (!anchor || d.iso.startsWith(anchor.year)) return d;
    return { ...d, iso: anchor.year + d.iso.slice(4), isoEnd: d.isoEnd ? anchor.year + d.isoEnd.slice(4) : null };
  });
}

/** 2015年の「第二次世界大戦70周年記念行事」: a year given to an anniversary. */
const ANCHOR = /((?:19|20)\d{2})年の「[^」]{0,30}?(\d{1,3})周年[^」]{0,20}」/gu;
/** 「抗日戦争70周年記念行事」: the anniversary a later title names. */
const TITLE = /「[^」]{0,30}?(\d{1,3})周年[^」]{0,20}」/u;
/** How far after the day the title may stand (the same sentence), and how far back the anchor. */
const REACH = 80;
const SPAN = 2000;
