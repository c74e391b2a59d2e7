import type { DateMention } from '../../core/date-mention.js';
import type { Language } from '../../core/document.js';
import type { EventStatus } from '../../core/event.js';
import type { Mention } from '../actors/match-actors.js';
import type { CameoCode } from '../cameo-table.js';
import type { PlaceMention } from '../places/place-matcher.js';
import type { EventRule } from './event-rule.js';
import { ceremonyDate, type CeremonyHost } from './ceremony-host.js';
import { fixedSourceRoles } from './fixed-source.js';
import { commemorations, isAnniversary, originOf } from './anniversary.js';
import { impliedVisit } from './implied-visit.js';
import { pickDate } from './pick-date.js';
import { findRoles, speakerOf, type Roles } from './roles.js';
import type { PreviousAct } from './role-context.js';
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
  /** A visit told only by talks held in the other side's country (平壌で…と会談した): dropped when the visit is told itself. */
  readonly implied?: boolean;
  /**
   * Ongoing states (oncePerDocument rules): whether the agent is named in the act's own phrase
   * (ロシアによるクリミア併合, ロシアのウクライナ侵攻, イスラエルとハマスの紛争) rather than taken from the clause.
   */
  readonly agentMarked?: boolean;
  /** A conflict named after a place (ウクライナ紛争): without an agent named in its phrase or elsewhere in the document, no event. */
  readonly agentFromPhrase?: boolean;
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
  /** The acts of the last earlier sentence of the paragraph that told any. */
  readonly previousActs?: readonly PreviousAct[];
}

export interface ExtractionTables {
  readonly rules: readonly EventRule[];
  readonly cameo: ReadonlyMap<string, CameoCode>;
  readonly cues: StatusCues;
}

const MAX_QUOTE = 120;
/** Meetings held face to face (not a phone call): held in a place, they may imply a visit. */
const IN_PERSON: ReadonlySet<string> = new Set(['040', '044', '045', '046']);
/** Going to an occasion or staying away (visits, delegations, absence): dated by the anniversary it marks when nothing else dates it. */
const ATTENDANCE: ReadonlySet<string> = new Set(['042', '043', '125']);

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
      // ロシアに制裁を科す日本が参加を見送った: what follows the head of a relative clause is the main clause's, not the trigger's
      const verbEnd = s.text[end - s.base];
      const head = verbEnd === 'す' || verbEnd === 'た' ? s.mentions.find((x) => x.start === end + 1) : undefined;
      const status = statusOf(t.cues, s.language, s.text.slice(m.index + m[0].length, head ? head.start - s.base : undefined), s.text.slice(0, m.index), rule.oncePerDocument);
      if (status === null) { reject('negated or hypothetical'); continue; }
      const roleContext = {
        text: s.text, base: s.base, mentions: s.mentions, places: s.places,
        triggerStart: start, triggerEnd: end, previousPair: pairBefore(pairs, start) ?? s.previousPair, topic: s.topic, language: s.language,
        ceremonyHost: s.ceremony?.code ?? null,
        previousActs: s.previousActs ?? [],
      };
      const roles = rule.fixedSource !== null && s.language === 'ja'
        ? fixedSourceRoles(roleContext, rule.fixedSource)
        : findRoles(rule.frame, roleContext, rule.fixedTarget ?? rule.defaultTarget, rule.fixedTarget !== null);
      if (roles.length === 0) { reject('no source/target actors found around the trigger'); continue; }
      if ((rule.frame === 'statement' || rule.frame === 'accuse') && commentatorSpeaks(s, t.cues, start)) { reject('the speaker is a commentator, not a state actor'); continue; }
      // 2024年2月26日、国防相は、北朝鮮が2023年夏以降…提供したとの分析を示した: a statement is dated by
      // the date before its speaker, not by the dates of what it reports
      const speakerStart = (rule.frame === 'statement' || rule.frame === 'accuse') ? roles[0]!.source.start : -1;
      const picked = (speakerStart >= 0 && s.dates.some((d) => d.end <= speakerStart) ? pickDate(s, speakerStart, speakerStart, true) : null) ?? pickDate(s, start, end, speakerStart >= 0);
      const told = ceremonyDate(s.text, s.base, s.ceremony ?? null, picked, s.dates, start) ?? picked;
      // 協定締結75周年に当たる今年: the act whose anniversary is named took place N years before
      const origin = rule.anniversaryOf ? originOf(m[0], s.text.slice(m.index + m[0].length), s.dates, end, (told ?? s.contextDate)?.iso.slice(0, 4) ?? null) : null;
      // 休戦70周年や建国75周年の記念行事に代表団を送った: with no date before it, the occasions date the act, one event each
      const named = ATTENDANCE.has(rule.cameo) ? commemorations(s.dates, start) : [];
      const occasions = s.dates.some((d) => d.start < start && !isAnniversary(d)) ? [] : named;
      const agreed = rule.frame === 'agree' ? agreedWhen(s, told, start) : told;
      const date = origin ?? occasions[0] ?? yearOfOccasion(agreed, named, s.dates);
      if (!date) { reject('no date in the sentence or its paragraph'); continue; }
      // ongoing states (an invasion) are mostly referred to, not narrated: date them only from their own sentence
      if (rule.oncePerDocument && !s.dates.includes(date)) { reject('a reference to an ongoing state without a date of its own'); continue; }
      // refinements read the speaker's own clause: from the speaker on, not a clause of someone else before it
      // (or from the quotation before the speaker when the addressee is named inside it: "「…」と…は述べた", '"…," X said')
      const quoted = roles[0]!.target && roles[0]!.target.start >= s.base && roles[0]!.target.start < speakerStart ? roles[0]!.target.start : speakerStart;
      const clauseStart = speakerStart >= s.base ? Math.min(speakerStart, quoted) - s.base : 0;
      const refined = rule.refine.find((r) => r.pattern.test(s.text.slice(clauseStart)))?.cameo;
      const cameo = t.cameo.get(rule.frame === 'visit-cancel' ? '042' : refined ?? rule.cameo)!;
      used.push([start, end]);
      // (an agent still unknown, code '', names no pair)
      const withTarget = roles.find((r) => r.target !== null && r.source.code !== '');
      if (withTarget) pairs.push({ end, pair: [withTarget.source.code, withTarget.target!.code] });
      const location = pickLocation(s, start, rule.frame === 'statement' || rule.frame === 'accuse');
      const reference = !s.dates.includes(date) && REFERENCE_TAIL.test(s.text.slice(end - s.base, end - s.base + 6));
      const each: readonly DateMention[] = occasions.length > 1 ? occasions : [date];
      for (const r of roles) for (const date of each) {
        const qs = Math.max(s.base, Math.min(start, r.source.start >= 0 ? r.source.start : start, date.start) );
        const quoteStart = end - qs > MAX_QUOTE ? Math.max(s.base, end - MAX_QUOTE) : qs;
        const quoteEnd = Math.min(clauseEnd(s, end), quoteStart + MAX_QUOTE);
        const eventStatus = rule.frame === 'visit-cancel' ? 'cancelled' : reported(s, start, end, status, r.source.code, r.target?.code ?? null);
        // every candidate has the same fields in the same order (one object shape keeps dedupe fast)
        events.push({
          rule: rule.id,
          oncePerDocument: rule.oncePerDocument,
          cameo,
          source: r.source.code,
          target: r.target?.code ?? null,
          sourceName: r.source.nameEn,
          targetName: r.target?.nameEn ?? null,
          date,
          status: eventStatus,
          location,
          quoteStart,
          quoteEnd,
          persons: [personOf(r.source), personOf(r.target)].filter((p): p is string => p !== null).sort(),
          reference,
          implied: false,
          agentMarked: rule.oncePerDocument && agentInPhrase(s, r, start),
          agentFromPhrase: rule.oncePerDocument && rule.frame === 'conflict',
        });
        const visit = IN_PERSON.has(cameo.code) ? impliedVisit(s.text, s.base, s.places, start, r.source.code, r.target?.code ?? null) : null;
        if (visit) {
          events.push({
            rule: `${rule.id}+visit`,
            oncePerDocument: false,
            cameo: t.cameo.get('042')!,
            source: visit.visitor,
            target: visit.host,
            sourceName: visit.visitor === r.source.code ? r.source.nameEn : r.target?.nameEn ?? null,
            targetName: null,
            date,
            status: eventStatus,
            location,
            quoteStart,
            quoteEnd,
            persons: [],
            reference,
            implied: true,
            agentMarked: false,
            agentFromPhrase: false,
          });
        }
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
  // "Seoul's military said North Korea fired a missile": English reporting verbs carry no
  // quotation marks, so a plain "said" beside any act of its sentence is the report of that act
  if (s.language === 'en') return all.some((o) => o !== e && o.rule !== e.rule);
  const pair = [e.source, e.target].sort().join('|');
  const quoted = (at: number): boolean => {
    const head = s.text.slice(0, at - s.base);
    return head.lastIndexOf('「') > head.lastIndexOf('」');
  };
  return all.some((o) => o !== e && o.cameo.code !== '010' && quoted(o.quoteEnd) && [o.source, o.target].sort().join('|') === pair);
}

/**
 * 2012年から訓練を再開することで合意した (told in a passage on 2011) / 2007年から
 * 中断していた協議の再開で合意した: a date counted from or to (…から, …まで,
 * …以降) belongs to the agreement's content or to a noun it modifies, not to
 * when the agreement was made; the date of the narrative is.
 */
function agreedWhen(s: SentenceInput, d: DateMention | null, triggerStart: number): DateMention | null {
  // …2012年から訓練を再開させることで合意した: the date the agreed act runs from, right before it, gives way to the running date
  if (d && s.contextDate && d.end <= triggerStart && AGREED_CONTENT.test(s.text.slice(d.end - s.base, triggerStart - s.base))) return s.contextDate;
  const ahead = (x: DateMention): boolean => /^(?:から|まで|以降)/u.test(s.text.slice(x.end - s.base, x.end - s.base + 3));
  if (!d || !s.dates.includes(d) || !ahead(d)) return d;
  // the date of the narrative: an earlier date of the sentence, else the running one
  const now = s.dates.filter((x) => x.end <= d.start && !ahead(x)).pop() ?? s.contextDate;
  return now ?? d;
}

/**
 * 9月3日に「抗日戦争70周年記念行事」を開催し、これに…参加した: a day or month whose year
 * came from context (同年, the running year) takes the year of the anniversary
 * the sentence names in the same month (2015, not the 2014 of the paragraph).
 */
function yearOfOccasion(d: DateMention | null, named: readonly DateMention[], dates: readonly DateMention[] = []): DateMention | null {
  // 9月3日に「抗日戦争70周年記念行事」を開催し、これに…参加した: the anniversary (2015-09) picked, the day told beside it
  // (2015年9月3日、…70周年記念行事を開催し: a day of the same month and year told in full is that day)
  if (d && isAnniversary(d)) {
    const sameMonth = dates.filter((x) => x.precision === 'day' && x.iso.slice(5, 7) === d.iso.slice(5, 7));
    const exact = sameMonth.find((x) => x.iso.slice(0, 4) === d.iso.slice(0, 4));
    if (exact) return exact;
    const day = sameMonth.find((x) => x.relative);
    return day ? { ...day, iso: d.iso.slice(0, 4) + day.iso.slice(4), isoEnd: null } : d;
  }
  if (!d || !d.relative || d.iso.length < 7) return d;
  const o = named.find((x) => x.iso.slice(5, 7) === d.iso.slice(5, 7) && x.iso.slice(0, 4) !== d.iso.slice(0, 4));
  return o ? { ...d, iso: o.iso.slice(0, 4) + d.iso.slice(4), isoEnd: d.isoEnd ? o.iso.slice(0, 4) + d.isoEnd.slice(4) : null } : d;
}

/** ロシアによるクリミア併合 / ロシアのウクライナ侵攻 / イスラエルとハマスの紛争: the agent marked right before the target of the noun. */
function agentInPhrase(s: SentenceInput, r: Roles, triggerStart: number): boolean {
  if (r.source.start < s.base || r.source.end > triggerStart) return false;
  const next = r.target && r.target.start >= r.source.end ? r.target.start : triggerStart;
  return /^(?:側)?(?:の|による|と)$/u.test(s.text.slice(r.source.end - s.base, next - s.base));
}


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

/** What follows a date the agreed act runs from, up to the trigger (…から訓練を再開することで合意). */
const AGREED_CONTENT = /^(?:から|以降|より|までに)[^、。]{0,30}(?:する|させる)$/u;

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


function pickLocation(s: SentenceInput, triggerStart: number, speech: boolean): string | null {
  const inSentence = s.places.filter((p) => p.place.kind !== 'country');
  const before = inSentence.filter((p) => p.start < triggerStart);
  // "Putin said he would brief Beijing and Washington": places after a verb of saying are what was said
  const chosen = before[before.length - 1] ?? (speech ? undefined : inSentence[0]);
  return chosen ? chosen.place.en : null;
}
