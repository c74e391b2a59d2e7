import type { DateMention } from '../../core/date-mention.js';
import type { Language } from '../../core/document.js';
import type { EventStatus } from '../../core/event.js';
import type { Mention } from '../actors/match-actors.js';
import type { CameoCode } from '../cameo-table.js';
import type { PlaceMention } from '../places/place-matcher.js';
import type { EventRule } from './event-rule.js';
import { ceremonyDate, type CeremonyHost } from './ceremony-host.js';
import { pickDate } from './pick-date.js';
import { findRoles, speakerOf, type Roles } from './roles.js';
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
  /** The persons named as source and target (entity ids, sorted): meetings of different persons are different events. */
  readonly persons: readonly string[];
  /**
   * A noun naming an act as the topic of what is said (首脳会談での合意は…, 9年ぶりの
   * 首脳会談は…) in a sentence with no date of its own: most often a reference to an
   * act told elsewhere in the document.
   */
  readonly reference: boolean;
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
  /** The ceremony told earlier in the document and the state that held it (see ceremony-host.ts). */
  readonly ceremony?: CeremonyHost | null;
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
  // 訪問して…と会談し、両首脳は…: the pair of an act told earlier in the same sentence
  const pairs: Array<{ end: number; pair: readonly [string, string] }> = [];
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
      const status = statusOf(t.cues, s.language, s.text.slice(m.index + m[0].length), s.text.slice(0, m.index), rule.oncePerDocument);
      if (status === null) { reject('negated or hypothetical'); continue; }
      const roles = findRoles(rule.frame, {
        text: s.text, base: s.base, mentions: s.mentions, places: s.places,
        triggerStart: start, triggerEnd: end, previousPair: pairBefore(pairs, start) ?? s.previousPair, topic: s.topic, language: s.language,
        ceremonyHost: s.ceremony?.code ?? null,
      }, rule.fixedTarget ?? rule.defaultTarget, rule.fixedTarget !== null);
      if (roles.length === 0) { reject('no source/target actors found around the trigger'); continue; }
      if ((rule.frame === 'statement' || rule.frame === 'accuse') && commentatorSpeaks(s, t.cues, start)) { reject('the speaker is a commentator, not a state actor'); continue; }
      // 2024年2月26日、国防相は、北朝鮮が2023年夏以降…提供したとの分析を示した: a statement is dated by
      // the date before its speaker, not by the dates of what it reports
      const speakerStart = (rule.frame === 'statement' || rule.frame === 'accuse') ? roles[0]!.source.start : -1;
      const picked = (speakerStart >= 0 && s.dates.some((d) => d.end <= speakerStart) ? pickDate(s, speakerStart, speakerStart, true) : null) ?? pickDate(s, start, end, speakerStart >= 0);
      const date = ceremonyDate(s.text, s.base, s.ceremony ?? null, picked, s.dates, start) ?? (rule.frame === 'agree' ? agreedContentDate(s, picked, start) : null) ?? picked;
      if (!date) { reject('no date in the sentence or its paragraph'); continue; }
      // ongoing states (an invasion) are mostly referred to, not narrated: date them only from their own sentence
      if (rule.oncePerDocument && !s.dates.includes(date)) { reject('a reference to an ongoing state without a date of its own'); continue; }
      // refinements read the speaker's own clause: from the speaker on, not a clause of someone else before it
      const clauseStart = speakerStart >= s.base ? speakerStart - s.base : 0;
      const refined = rule.refine.find((r) => r.pattern.test(s.text.slice(clauseStart)))?.cameo;
      const cameo = t.cameo.get(rule.frame === 'visit-cancel' ? '042' : refined ?? rule.cameo)!;
      used.push([start, end]);
      const withTarget = roles.find((r) => r.target !== null);
      if (withTarget) pairs.push({ end, pair: [withTarget.source.code, withTarget.target!.code] });
      const location = pickLocation(s, start);
      const reference = !s.dates.includes(date) && REFERENCE_TAIL.test(s.text.slice(end - s.base, end - s.base + 6));
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
          persons: [personOf(r.source), personOf(r.target)].filter((p): p is string => p !== null).sort(),
          reference,
        });
      }
    }
  }
  return { events: events.filter((e) => !restatesAnother(s, e, events)), rejected };
}

/**
 * 報道官は「ロシアが北朝鮮に会議への出席を求めた」ことを明らかにした: a plain
 * statement (010) whose words report an act already coded for the same pair
 * in the same sentence adds nothing to that act.
 */
function restatesAnother(s: SentenceInput, e: EventCandidate, all: readonly EventCandidate[]): boolean {
  if (e.cameo.code !== '010') return false;
  const pair = [e.source, e.target].sort().join('|');
  const quoted = (at: number): boolean => {
    const head = s.text.slice(0, at - s.base);
    return head.lastIndexOf('「') > head.lastIndexOf('」');
  };
  return all.some((o) => o !== e && o.cameo.code !== '010' && quoted(o.quoteEnd) && [o.source, o.target].sort().join('|') === pair);
}

/**
 * 2012年から訓練を再開することで合意した: a date from which the agreed act is to
 * run belongs to what was agreed, not to the agreement; the running date does.
 */
function agreedContentDate(s: SentenceInput, picked: DateMention | null, triggerStart: number): DateMention | null {
  if (!picked || !s.contextDate || picked.end > triggerStart) return null;
  return AGREED_CONTENT.test(s.text.slice(picked.end - s.base, triggerStart - s.base)) ? s.contextDate : null;
}

const AGREED_CONTENT = /^(?:から|以降|より|までに)[^、。]{0,30}(?:する|させる)$/u;

/**
 * 研究員の某氏は、「…」と指摘した: the speaker's clause (before the quotation, or
 * before the trigger when there is none) names a commentator as its topic.
 */
function commentatorSpeaks(s: SentenceInput, cues: StatusCues, triggerStart: number): boolean {
  if (!cues.commentator || s.language !== 'ja') return false;
  const head = s.text.slice(0, triggerStart - s.base);
  const open = head.indexOf('「');
  return cues.commentator.test(open >= 0 ? head.slice(0, open) : head);
}

/** What follows a noun used as a topic or modifier rather than as a predicate (会談は, 会談での, 会談の, 会談において, 会談後). */
const REFERENCE_TAIL = /^(?:は|での|では|の|において|後|時|について)/u;

/** The pair of the last act of this sentence whose trigger ends before `at`. */
function pairBefore(pairs: readonly { end: number; pair: readonly [string, string] }[], at: number): readonly [string, string] | null {
  let best: { end: number; pair: readonly [string, string] } | null = null;
  for (const p of pairs) if (p.end <= at && (!best || p.end > best.end)) best = p;
  return best?.pair ?? null;
}

function personOf(p: Roles['source'] | Roles['target']): string | null {
  return p && 'kind' in p && p.kind === 'person' ? p.entityId : null;
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


function pickLocation(s: SentenceInput, triggerStart: number): string | null {
  const inSentence = s.places.filter((p) => p.place.kind !== 'country');
  const before = inSentence.filter((p) => p.start < triggerStart);
  const chosen = before[before.length - 1] ?? inSentence[0];
  return chosen ? chosen.place.en : null;
}
