import type { DateMention } from '../core/date-mention.js';
import type { Language, OffsetMapLike } from '../core/document.js';
import type { ExtractedClaim, ExtractedEvent } from '../core/event.js';
import type { SentenceContext } from '../core/sentence.js';
import type { Mention } from './actors/match-actors.js';
import type { ActorMatcher } from './actors/match-actors.js';
import { EMPTY_MEMORY, resolveAnaphora, type AnaphoraMemory } from './actors/resolve-anaphora.js';
import { NO_SURNAMES, resolveSurnames, type SurnameMemory } from './actors/english-surnames.js';
import { dedupeClaims, extractClaims, type ClaimCandidate, type ClaimLexicon } from './claims/index.js';
import { findDates } from './dates/find-dates.js';
import { hostAt, nextCeremonyHost, recalledHost, type CeremonyHost } from './events/ceremony-host.js';
import { anniversaryYears } from './events/anniversary-year.js';
import { referencedDate } from './events/event-reference.js';
import type { PreviousAct } from './events/role-context.js';
import type { AnniversaryTable } from './dates/anniversaries.js';
import { extractEvents, type EventCandidate, type ExtractionTables, type Rejection } from './events/extract-events.js';
import { isReferencePoint, narrativeDate } from './events/pick-date.js';
import type { PlaceMatcher } from './places/place-matcher.js';
import { splitSentences, type SentenceSpan } from './sentences.js';

export interface ExtractInput {
  readonly normalisedText: string;
  readonly language: Language;
  /** The document's publication date (ISO partial), anchor for 今年 / 昨年. */
  readonly documentDate: string | null;
  readonly offsets: OffsetMapLike;
}

export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly events: readonly ExtractedEvent[];
  readonly claims: readonly ExtractedClaim[];
  readonly rejected: readonly Rejection[];
}

export interface ExtractorParts {
  readonly actors: ActorMatcher;
  readonly places: PlaceMatcher;
  readonly tables: ExtractionTables;
  readonly claimUnits: ClaimLexicon;
  /** Commemorated events that dates are counted from (data/anniversaries.json); none when absent. */
  readonly anniversaries?: AnniversaryTable;
}

/**
 * Runs the fast passes over one document: sentences, dates (one left-to-right
 * pass carrying 同年/同月 context), actors and places per sentence, then event
 * rules and claim rules per sentence. Pure: all tables come in `parts`.
 */
export function extractDocument(input: ExtractInput, parts: ExtractorParts): Extraction {
  const text = input.normalisedText;
  const sentences = splitSentences(text);
  const dates = anniversaryYears(text, findDates(text, { documentDate: input.documentDate, language: input.language, anniversaries: parts.anniversaries }));
  const mentions: Mention[] = [];
  const candidates: EventCandidate[] = [];
  const claimCandidates: ClaimCandidate[] = [];
  const rejected: Rejection[] = [];
  let d = 0;
  let contextDate: DateMention | null = null;
  let paragraph = -1;
  let previousPair: readonly [string, string] | null = null;
  let previousActs: readonly PreviousAct[] = [];
  let topic: Mention | null = null;
  let lastPair: { at: number; pair: readonly [string, string] } | null = null;
  let host: CeremonyHost | null = null;
  const hostsTold: CeremonyHost[] = [];
  let memory: AnaphoraMemory = EMPTY_MEMORY;
  let surnames: SurnameMemory = NO_SURNAMES;
  const blocks = tableBlocks(text, sentences);
  // blocks and dates are both in text order: one pointer walks the dates
  let bd = 0;
  for (const b of blocks) {
    while (bd < dates.length && dates[bd]!.start < b.start) bd++;
    const blockDates: DateMention[] = [];
    for (let k = bd; k < dates.length && dates[k]!.start < b.end; k++) if (dates[k]!.end <= b.end) blockDates.push(dates[k]!);
    const ctx: SentenceContext = {
      index: -1, start: b.start, end: b.end, text: text.slice(b.start, b.end), language: input.language,
      actors: [], dates: blockDates, documentDate: input.documentDate,
    };
    claimCandidates.push(...extractClaims(ctx, parts.claimUnits));
  }
  for (const [index, s] of sentences.entries()) {
    if (s.paragraph !== paragraph) { paragraph = s.paragraph; previousPair = null; previousActs = []; topic = null; }
    // 「双方は…で合意した」: a joint document quoted in a later paragraph speaks for the pair of the talks told last
    const sentenceText = text.slice(s.start, s.end);
    const pairHere = previousPair ?? (lastPair && s.start - lastPair.at <= JOINT_REACH && JOINT_QUOTE.test(sentenceText) ? lastPair.pair : null);
    while (d < dates.length && dates[d]!.start < s.start) d++;
    const inSentence: DateMention[] = [];
    for (let k = d; k < dates.length && dates[k]!.start < s.end; k++) inSentence.push(dates[k]!);
    const anchor = inSentence[0]?.iso ?? contextDate?.iso ?? input.documentDate;
    const resolved = resolveAnaphora(sentenceText, s.start, parts.actors.find(sentenceText, s.start, anchor), memory);
    memory = resolved.memory;
    // "Choe said …" after "Foreign Minister Choe Son Hui arrived …"
    const named = input.language === 'en' ? resolveSurnames(sentenceText, s.start, resolved.mentions, surnames) : null;
    if (named) surnames = named.memory;
    const found = named?.mentions ?? resolved.mentions;
    mentions.push(...found);
    // a place name inside an actor's name (上海 in 上海協力機構) is not where anything happened
    const places = parts.places.find(sentenceText, s.start).filter((p) => !found.some((m) => m.start <= p.start && p.end <= m.end && m.end - m.start > p.end - p.start));
    const heading = isHeading(sentenceText, s, sentences[index - 1], sentences[index + 1]);
    // 首脳会談においては…表明した。さらに…で一致した: a sentence placed at an act told before is dated by it, and so are those that go on about it
    // (a date it names only as a point counted from, 2007年から中断していた協議, dates nothing it tells)
    // (with a date of its own, only a reference before that date: 首脳会談とほぼ同時期に…平壌入りして、2012年から…)
    const onlyPoints = inSentence.every((x) => isReferencePoint({ text: sentenceText, base: s.start }, x));
    const referenced: DateMention | null = referencedDate(sentenceText, found, candidates, contextDate, onlyPoints ? Infinity : inSentence[0]!.start - s.start);
    host = recalledHost(sentenceText, s.start, hostsTold, host);
    const r: { events: EventCandidate[]; rejected: Rejection[] } = heading
      ? { events: [], rejected: [] }
      : extractEvents(
          {
            text: sentenceText, base: s.start, language: input.language, mentions: found, places, dates: inSentence, previousPair: pairHere, topic, previousActs,
            ceremony: hostAt(host, s.start),
            contextDate: referenced ?? contextDate,
          },
          parts.tables,
        );
    candidates.push(...r.events);
    rejected.push(...r.rejected);
    topic = topicOf(sentenceText, s.start, found, topic);
    const before = host;
    host = nextCeremonyHost(sentenceText, s.start, places, inSentence, host);
    if (host && host !== before && host.key) hostsTold.push(host);
    const lastEvent = r.events[r.events.length - 1];
    // 米・独・日の首脳が一堂に会した: a list of attendees is no pair for 両国 / 双方 after it
    const list = lastEvent ? r.events.filter((e) => e.rule === lastEvent.rule && e.target === lastEvent.target).length > 2 : false;
    if (lastEvent?.target && lastEvent.source && !list) previousPair = [lastEvent.source, lastEvent.target];
    if (lastEvent) previousActs = r.events.map((e) => ({ cameo: e.cameo.code, source: e.source, target: e.target }));
    const talks = r.events.filter((e) => e.cameo.root === '04' && e.target !== null).pop();
    if (talks) lastPair = { at: s.end, pair: [talks.source, talks.target!] };
    if (!inTableBlock(blocks, s.start)) {
      const ctx: SentenceContext = {
        index, start: s.start, end: s.end, text: sentenceText, language: input.language,
        actors: found, dates: inSentence, documentDate: input.documentDate,
      };
      claimCandidates.push(...extractClaims(ctx, parts.claimUnits));
    }
    const told = inSentence.length > 0 ? narrativeDate({ text: sentenceText, base: s.start }, inSentence) : null;
    // 今年に / 同年: a vaguer date that contains the running one (2024 ⊃ 2024-01-15) tells nothing new
    if (told && !(contextDate && told.iso.length < contextDate.iso.length && contextDate.iso.startsWith(told.iso))) contextDate = told;
    else if (referenced) contextDate = referenced;
  }
  // Papers repeat figures (9年ぶり six times): one claim per distinct figure per document.
  const claims: ExtractedClaim[] = dedupeClaims(claimCandidates).map(({ start, end, ...c }) => ({
    ...c,
    date: c.date ?? input.documentDate,
    span: input.offsets.toOriginal(start, end),
  }));
  return { mentions, events: dedupe(candidates).map((c) => toEvent(c, text, input.offsets)), claims, rejected };
}

/** A quotation that opens with 双方は / 両国は: the words of a joint document or statement. */
const JOINT_QUOTE = /「(?:双方|両国|両側)(?:は|が)/u;
/** How far back (characters) the talks a joint document speaks for may have been told. */
const JOINT_REACH = 1500;

/**
 * The first は-marked actor of a sentence (else, when no topic is in force, the
 * first が-marked one): Japanese keeps it as the subject of the sentences that
 * follow, which often leave it unsaid.
 */
function topicOf(text: string, base: number, mentions: readonly Mention[], current: Mention | null): Mention | null {
  const marked = (re: RegExp) => mentions.find((m) => m.marker === 'plain' && re.test(text.slice(m.end - base, m.end - base + 30)));
  // a は-topic replaces the current one; a が-subject (often of a subordinate clause) only fills an empty one
  return marked(/^(?:\([^)]{1,20}\))?(?:側|政府|代表団)?は/u) ?? current ?? marked(/^(?:\([^)]{1,20}\))?(?:側|政府|代表団)?が/u) ?? null;
}

/**
 * A headline or section heading: a short paragraph of its own without a full
 * stop or a date. It restates what the body reports (with the body's date), so
 * events are taken from the body only; dating a headline by the dateline
 * under it would invent a second event.
 */
function isHeading(text: string, s: SentenceSpan, prev: SentenceSpan | undefined, next: SentenceSpan | undefined): boolean {
  const alone = prev?.paragraph !== s.paragraph && next?.paragraph !== s.paragraph;
  // ショイグ国防相の訪朝 / 2023年7月28日 on the next line: a title joined with the publication date under it
  const title = text.replace(TRAILING_DATE, '');
  return alone && title.length > 0 && title.length <= 80 && !/[。.!?！？」]$/u.test(title) && !/\d{4}年|\d{1,2}月\d{1,2}日|\b(?:19|20)\d{2}\b/u.test(title);
}

/** A date closing a paragraph on its own (the date line under a title). */
const TRAILING_DATE = /\s*(?:\d{4}年\d{1,2}月\d{1,2}日|(?:令和|平成)(?:\d{1,2}|元)年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})$/u;

interface Block {
  readonly start: number;
  readonly end: number;
}

/**
 * A table flattened by PDF extraction is a run of short lines, one paragraph
 * each (a header of column words, then `label n n n`). Claims read such a run
 * as one unit so the header can give each cell its unit.
 */
function tableBlocks(text: string, sentences: readonly SentenceSpan[]): Block[] {
  const blocks: Block[] = [];
  let run: SentenceSpan[] = [];
  const flush = (): void => {
    if (run.length >= 3) blocks.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    run = [];
  };
  for (const [i, s] of sentences.entries()) {
    const wholeParagraph = sentences[i - 1]?.paragraph !== s.paragraph && sentences[i + 1]?.paragraph !== s.paragraph;
    if (wholeParagraph && s.end - s.start <= 40 && !/[。.]$/.test(text.slice(s.start, s.end))) run.push(s);
    else flush();
  }
  flush();
  return blocks;
}

function inTableBlock(blocks: readonly Block[], at: number): boolean {
  return blocks.some((b) => at >= b.start && at < b.end);
}

/** One record per distinct event per document: same root, pair and date. */
/**
 * Talks held during a visit are told from the visitor's side (the gold
 * standard and analysts alike write 金総書記→プーチン), whatever order a
 * compound like 露朝首脳会談 gives: orient each meeting like the visit it falls in.
 */
function orientMeetings(cands: readonly EventCandidate[]): EventCandidate[] {
  // visits by unordered pair, so that each meeting looks only at the visits of its pair
  const visits = new Map<string, EventCandidate[]>();
  for (const c of cands) {
    if (c.cameo.code !== '042' || c.target === null) continue;
    const key = pairKey(c);
    const list = visits.get(key);
    if (list) list.push(c);
    else visits.set(key, [c]);
  }
  return cands.map((c) => {
    if (c.cameo.root !== '04' || c.cameo.code === '042' || c.cameo.code === '043' || c.target === null) return c;
    const during = (visits.get(pairKey(c)) ?? []).filter((x) => within(c.date, x.date));
    // two visits of the pair at once (a leader one way, a general the other): the one whose visitor is at the meeting
    // (of several, the one dated most precisely: a visit on the day of the talks rather than one in the same month)
    const present = during.filter((x) => x.persons.some((p) => c.persons.includes(p))).sort((a, b) => b.date.iso.length - a.date.iso.length);
    const v = present[0] ?? during.find((x) => x.source === c.source) ?? during[0];
    if (!v || v.source === c.source) return c;
    return { ...c, source: c.target, target: c.source, sourceName: c.targetName, targetName: c.sourceName };
  });
}

/** Whether date `d` falls within the visit's dates, compared at the precision both share. */
function within(d: DateMention, visit: DateMention): boolean {
  const at = (x: string, y: string) => x.slice(0, Math.min(x.length, y.length));
  const lo = visit.iso;
  const hi = visit.isoEnd ?? visit.iso;
  return at(d.iso, lo) >= at(lo, d.iso) && at(d.iso, hi) <= at(hi, d.iso);
}

/**
 * Ongoing states whose agent the clause does not name in the act's phrase
 * (ウクライナ東部4州の併合への非難を含む…, 中国はウクライナ紛争で中立を維持し):
 * the agent is the one the document names for that target elsewhere
 * (ロシアによるクリミア併合), not the clause's subject; a conflict named after a
 * place with no such agent is dropped.
 */
function ongoingAgents(cands: readonly EventCandidate[]): EventCandidate[] {
  const agents = new Map<string, EventCandidate>();
  for (const c of cands) if (c.oncePerDocument && c.agentMarked && c.target && !agents.has(c.target)) agents.set(c.target, c);
  return cands.flatMap((c) => {
    if (!c.oncePerDocument || c.agentMarked || !c.target) return [c];
    const a = agents.get(c.target);
    if (a && a.source !== c.source) return [{ ...c, source: a.source, sourceName: a.sourceName, persons: [] }];
    return a || !c.agentFromPhrase ? [c] : [];
  });
}

function dedupe(input: readonly EventCandidate[]): EventCandidate[] {
  const cands = orientMeetings(ongoingAgents(input));
  const seen = new Map<string, EventCandidate>();
  for (const c of cands) {
    // A visit and the talks held during it are two events (SPEC), though both are CAMEO 04.
    const kind = c.cameo.code === '042' || c.cameo.code === '043' ? `${c.cameo.root}v` : c.cameo.root;
    // an ongoing state is one per kind (an invasion, an annexation of one territory: Crimea, then four provinces)
    const once = c.oncePerDocument ? `${c.cameo.code}|${c.cameo.code === '192' ? c.location ?? '' : ''}` : c.date.iso;
    const key = [kind, c.source, c.target ?? '', once, isMeeting(c) ? c.persons.join('+') : ''].join('|');
    const prior = seen.get(key);
    // ongoing states keep their earliest date (the invasion began in 2022, whatever later sentences say)
    // …and a visit told in words replaces one implied by talks held there
    if (!prior || (c.oncePerDocument && earlier(c.date, prior.date)) || (prior.implied && !c.implied)) seen.set(key, c);
  }
  // 2011年の金正日訪露 … 2011年8月24日に訪露: a vaguer date of the same act is the same event
  const kept = [...seen.values()];
  const fewerNamed = meetingsNamingFewer(kept);
  // 首脳会談での合意は… (no date of its own): a reference to an act of the same kind and pair told elsewhere
  const told = new Set(kept.filter((c) => !c.reference).map((c) => `${c.cameo.root}|${pairKey(c)}`));
  // the same act (code and ordered pair) compared within its group only
  const acts = new Map<string, EventCandidate[]>();
  for (const c of kept) {
    const k = `${c.cameo.code}|${c.source}|${c.target ?? ''}`;
    const g = acts.get(k);
    if (g) g.push(c); else acts.set(k, [c]);
  }
  const same = (c: EventCandidate): EventCandidate[] => acts.get(`${c.cameo.code}|${c.source}|${c.target ?? ''}`)!;
  return kept.filter(
    (c) =>
      !same(c).some((o) => o !== c && !o.implied && o.date.iso.length > c.date.iso.length && o.date.iso.startsWith(c.date.iso)) &&
      !(c.implied && same(c).some((o) => o !== c && !o.implied && (overlapping(o.date, c.date) || arrivedBefore(o.date, c.date)))) &&
      !fewerNamed.has(c) &&
      !(c.reference && told.has(`${c.cameo.root}|${pairKey(c)}`)),
  );
}

/** Whether two dates share a day, month or year at the precision both have (a visit 2023-09-12/18 and talks on 2023-09-13). */
function overlapping(a: DateMention, b: DateMention): boolean {
  return within(a, b) || within(b, a);
}

/** How long a visit told by its arrival day may still be going on: 7月25日に到着…26日に会談 is that visit. */
const STAY_DAYS = 14;

/** Whether a visit told from day `visit` (no end given) may still be going on on day `talks`. */
function arrivedBefore(visit: DateMention, talks: DateMention): boolean {
  if (visit.isoEnd !== null || visit.precision !== 'day' || talks.precision !== 'day') return false;
  const days = (Date.parse(talks.iso) - Date.parse(visit.iso)) / 86_400_000;
  return days >= 0 && days <= STAY_DAYS;
}

/** 2022年2月 before 2022年 (the same year, told more precisely), else the earlier date. */
function earlier(a: DateMention, b: DateMention): boolean {
  if (a.iso.startsWith(b.iso)) return a.iso.length > b.iso.length;
  if (b.iso.startsWith(a.iso)) return false;
  return a.iso < b.iso;
}

function pairKey(c: EventCandidate): string {
  return c.source < (c.target ?? '') ? `${c.source}|${c.target ?? ''}` : `${c.target ?? ''}|${c.source}`;
}

/** Talks and meetings (CAMEO 04 other than visits), which are told apart by who met whom. */
function isMeeting(c: EventCandidate): boolean {
  return c.cameo.root === '04' && c.cameo.code !== '042' && c.cameo.code !== '043';
}

/**
 * 中国の外相は金総書記を表敬訪問したほか、崔善姫外相と会談した:
 * meetings of the same pair on the same day with different persons are different
 * events, but a mention naming fewer persons (露朝首脳会談) is one of those named.
 */
function meetingsNamingFewer(kept: readonly EventCandidate[]): Set<EventCandidate> {
  const groups = new Map<string, EventCandidate[]>();
  for (const c of kept) {
    if (!isMeeting(c)) continue;
    const key = `${c.cameo.root}|${pairKey(c)}|${c.date.iso}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const fewer = new Set<EventCandidate>();
  for (const group of groups.values()) {
    for (const c of group) {
      // a dateless reference (首脳会談での合意は…) is dropped itself when the act is told: it cannot also remove the act
      if (group.some((o) => !o.reference && o.persons.length > c.persons.length && c.persons.every((p) => o.persons.includes(p)))) fewer.add(c);
    }
  }
  return fewer;
}

function toEvent(c: EventCandidate, text: string, offsets: OffsetMapLike): ExtractedEvent {
  return {
    date: c.date.iso,
    dateEnd: c.date.isoEnd,
    precision: c.date.precision,
    cameo: c.cameo.code,
    quadClass: c.cameo.quadClass,
    goldstein: c.cameo.goldstein,
    source: c.source,
    target: c.target,
    sourceName: c.sourceName,
    targetName: c.targetName,
    status: c.status,
    location: c.location,
    quote: text.slice(c.quoteStart, c.quoteEnd),
    span: offsets.toOriginal(c.quoteStart, c.quoteEnd),
    rule: c.rule,
  };
}
