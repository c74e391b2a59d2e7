import type { ActorMention } from '../../core/actor.js';
import type { DateMention } from '../../core/date-mention.js';
import type { SentenceContext } from '../../core/sentence.js';

/**
 * The date a claim was made (the date next to its claimant: `2024年2月26日、
 * 韓国の国防相は…`) and the period its figure covers (`9月7日から10月1日まで`,
 * `2019年以来`, `2014年の…`). Offsets are those of the whole text.
 */
const FROM_AFTER = /^(?:から|より|~|～)/;
const UNTIL_AFTER = /^(?:まで|までに|~|～)/;
const SINCE_AFTER = /^(?:以降|以来|から)/;
const PERIOD_REACH = 80;

export function claimDate(sentence: SentenceContext, claimant: ActorMention | null): DateMention | null {
  if (!claimant) return null;
  const { dates, text, start: base } = sentence;
  const before = dates.filter((d) => d.end <= claimant.start && claimant.start - d.end <= 40);
  const nearest = before[before.length - 1];
  if (nearest) return nearest;
  return dates.find((d) => d.start >= claimant.end && d.start - claimant.end <= 15 && /^(?:に|、|,)/.test(text.slice(d.end - base))) ?? null;
}

export function claimPeriod(sentence: SentenceContext, figureStart: number, claimed: DateMention | null): string | null {
  const { text, start: base } = sentence;
  const near = sentence.dates.filter((d) => d !== claimed && d.end <= figureStart && figureStart - d.end <= PERIOD_REACH);
  const last = near[near.length - 1];
  if (!last) return null;
  const tail = (d: DateMention): string => text.slice(d.end - base, d.end - base + 4);
  if (SINCE_AFTER.test(tail(last))) return `${last.iso}/${claimed?.iso ?? sentence.documentDate ?? '..'}`;
  if (last.isoEnd) return `${last.iso}/${last.isoEnd}`;
  if (UNTIL_AFTER.test(tail(last))) {
    const from = near[near.length - 2];
    return from && FROM_AFTER.test(tail(from)) ? `${from.iso}/${last.iso}` : `../${last.iso}`;
  }
  return last.iso;
}
