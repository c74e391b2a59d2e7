import type { DateMention } from '../../core/date-mention.js';
import type { Language } from '../../core/document.js';
import type { EventStatus } from '../../core/event.js';
import type { Mention } from '../actors/match-actors.js';
import type { CameoCode } from '../cameo-table.js';
import type { PlaceMention } from '../places/place-matcher.js';
import type { EventRule } from './event-rule.js';
import { findRoles, speakerOf } from './roles.js';
import { statusOf, type StatusCues } from './status-cues.js';

/** An event found in one sentence, offsets in the normalised document text. */
export interface EventCandidate {
  readonly rule: string;
  readonly oncePerDocument: boolean;
  readonly cameo: CameoCode;
  readonly source: string;
  readonly target: string | null;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  readonly date: DateMention;
  readonly status: EventStatus;
  readonly location: string | null;
  readonly quoteStart: number;
  readonly quoteEnd: number;
}

/** Why a trigger did not become an event (for `sokan explain`). */
export interface Rejection {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export interface SentenceInput {
  readonly text: string;
  readonly base: number;
  readonly language: Language;
  readonly mentions: readonly Mention[];
  readonly places: readonly PlaceMention[];
  /** Date mentions inside the sentence (document offsets). */
  readonly dates: readonly DateMention[];
  /** The date in force from earlier sentences of the paragraph, if any. */
  readonly contextDate: DateMention | null;
  readonly previousPair: readonly [string, string] | null;
  readonly topic: Mention | null;
}

export interface ExtractionTables {
  readonly rules: readonly EventRule[];
  readonly cameo: ReadonlyMap<string, CameoCode>;
  readonly cues: StatusCues;
}

const MAX_QUOTE = 120;

export function extractEvents(s: SentenceInput, t: ExtractionTables): { events: EventCandidate[]; rejected: Rejection[] } {
  const events: EventCandidate[] = [];
  const rejected: Rejection[] = [];
  const used: Array<[number, number]> = [];
  for (const rule of t.rules) {
    if (rule.lang !== s.language) continue;
    rule.pattern.lastIndex = 0;
    let checkedContext = false;
    for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
      if (!checkedContext) {
        // near/notNear only once the trigger is there: most sentences have no trigger at all
        if ((rule.near && !rule.near.test(s.text)) || (rule.notNear && rule.notNear.test(s.text))) break;
        checkedContext = true;
      }
      if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
      const start = s.base + m.index;
      const end = start + m[0].length;
      const reject = (reason: string): void => void rejected.push({ rule: rule.id, start, end, reason });
      if (used.some(([a, b]) => start < b && a < end)) continue;
      const status = statusOf(t.cues, s.language, s.text.slice(m.index + m[0].length), s.text.slice(0, m.index));
      if (status === null) { reject('negated or hypothetical'); continue; }
      const roles = findRoles(rule.frame, {
        text: s.text, base: s.base, mentions: s.mentions, places: s.places,
        triggerStart: start, triggerEnd: end, previousPair: s.previousPair, topic: s.topic, language: s.language,
      }, rule.fixedTarget ?? rule.defaultTarget, rule.fixedTarget !== null);
      if (roles.length === 0) { reject('no source/target actors found around the trigger'); continue; }
      const date = pickDate(s, start, end);
      if (!date) { reject('no date in the sentence or its paragraph'); continue; }
      // ongoing states (an invasion) are mostly referred to, not narrated: date them only from their own sentence
      if (rule.oncePerDocument && !s.dates.includes(date)) { reject('a reference to an ongoing state without a date of its own'); continue; }
      const refined = rule.refine.find((r) => r.pattern.test(s.text))?.cameo;
      const cameo = t.cameo.get(rule.frame === 'visit-cancel' ? '042' : refined ?? rule.cameo)!;
      used.push([start, end]);
      const location = pickLocation(s, start);
      for (const r of roles) {
        const qs = Math.max(s.base, Math.min(start, r.source.start >= 0 ? r.source.start : start, date.start) );
        const quoteStart = end - qs > MAX_QUOTE ? Math.max(s.base, end - MAX_QUOTE) : qs;
        const quoteEnd = Math.min(clauseEnd(s, end), quoteStart + MAX_QUOTE);
        events.push({
          rule: rule.id,
          oncePerDocument: rule.oncePerDocument,
          cameo,
          source: r.source.code,
          target: r.target?.code ?? null,
          sourceName: r.source.nameEn,
          targetName: r.target?.nameEn ?? null,
          date,
          status: rule.frame === 'visit-cancel' ? 'cancelled' : reported(s, start, end, status, r.source.code, r.target?.code ?? null),
          location,
          quoteStart,
          quoteEnd,
        });
      }
    }
  }
  return { events, rejected };
}

/** Reporting verbs after an event's clause: 北朝鮮が…供与したと発表した. */
const REPORTED = /^[^。]{0,40}?(?:と(?:発表|明らかに|指摘|主張|述べ|分析|公表|報告)|との(?:分析|見方|情報|見解)|とする(?:情報|報告))/u;

/**
 * An act a third party reports (the US says North Korea shipped shells to
 * Russia) is alleged, not occurred: the speaker of the sentence is neither of
 * the event's actors and a reporting verb closes the event's clause.
 */
function reported(s: SentenceInput, start: number, end: number, status: EventStatus, source: string, target: string | null): EventStatus {
  if (status !== 'occurred' || !REPORTED.test(s.text.slice(end - s.base))) return status;
  const speaker = speakerOf(s, s.mentions.filter((m) => m.end <= start));
  return speaker && speaker.code !== source && speaker.code !== target ? 'alleged' : status;
}

/** The quote runs to the end of the trigger's clause (the next 、 or 。), so it reads as a statement. */
function clauseEnd(s: SentenceInput, triggerEnd: number): number {
  const rest = s.text.slice(triggerEnd - s.base);
  const m = /[、。,.!?」]/u.exec(rest);
  return triggerEnd + (m ? m.index : rest.length);
}

/** The date in brackets right after the trigger, else the nearest date before it in the sentence, else the first after, else the paragraph's. */
function pickDate(s: SentenceInput, triggerStart: number, triggerEnd: number): DateMention | null {
  const bracketed = (d: DateMention): boolean => s.text[d.start - s.base - 1] === '(';
  // ショイグ国防相の訪朝(7月)、金総書記の訪露(9月): a date in brackets belongs to the phrase before it
  const own = s.dates.find((d) => d.start >= triggerEnd && d.start - triggerEnd <= 25 && bracketed(d));
  if (own) return own;
  let best: DateMention | null = null;
  for (const d of s.dates) if (d.start < triggerStart && !bracketed(d)) best = d;
  if (best ?? s.dates[0]) return best ?? s.dates.find((d) => !bracketed(d)) ?? s.dates[0]!;
  // a sentence that states a date nobody can read (令和99年5月1日) must not borrow another one
  return UNREADABLE_DATE.test(s.text) ? null : s.contextDate;
}

const UNREADABLE_DATE = /(?:令和|平成|昭和|大正) ?(?:\d+|元)年/u;

function pickLocation(s: SentenceInput, triggerStart: number): string | null {
  const inSentence = s.places.filter((p) => p.place.kind !== 'country');
  const before = inSentence.filter((p) => p.start < triggerStart);
  const chosen = before[before.length - 1] ?? inSentence[0];
  return chosen ? chosen.place.en : null;
}
