import type { DateMention } from '../../core/date-mention.js';
import { DATELINE } from '../dates/dateline.js';
import type { SentenceInput } from './extract-events.js';

/**
 * The date in brackets right after the trigger, else the nearest date before it
 * in the sentence (an adverbial one first), else the first after, else the
 * paragraph's.
 */
export function pickDate(s: SentenceInput, triggerStart: number, triggerEnd: number, statement = false): DateMention | null {
  const bracketed = (d: DateMention): boolean => s.text[d.start - s.base - 1] === '(';
  // ショイグ国防相の訪朝(7月)、金総書記の訪露(9月): a date in brackets belongs to the phrase before it
  const own = s.dates.find((d) => d.start >= triggerEnd && d.start - triggerEnd <= 25 && bracketed(d));
  if (own) return own;
  const usable = s.dates.filter((d) => !bracketed(d) && !(s.contextDate && isDateline(s, d)) && !(s.dates.length > 1 && isNewsDateline(s, d)));
  const before = usable.filter((d) => d.start < triggerStart);
  const adverbial = before.filter((d) => !isAttributive(s, d));
  const last = before[before.length - 1];
  // 2023年9月の首脳会談: a date that modifies the trigger's own noun phrase is its date
  const ownPhrase = last && isAttributive(s, last) && OWN_PHRASE_GAP.test(s.text.slice(last.end - s.base, triggerStart - s.base));
  const nearest = ownPhrase ? last : adverbial[adverbial.length - 1] ?? last;
  // 2026~2027年の文化交流計画書が調印された: a span of years that names the object's period is not when the act happened
  if (nearest && isAttributive(s, nearest) && nearest.isoEnd !== null && nearest.precision === 'year' && s.contextDate) return s.contextDate;
  if (nearest) return nearest;
  const next = usable.find((d) => d.start >= triggerEnd);
  // …訪問したほか、8月には…: a date that opens a later clause is that clause's, not the trigger's
  if (next && s.contextDate && opensLaterClause(s, triggerEnd, next)) return s.contextDate;
  // 2023年10月20日付『労働新聞』によれば、「…見解の一致を見た」: the publication's date is not the act's when a running date exists,
  // but it is the day a statement it reports was made (19日付の『タス通信』では大使が…と述べている)
  const fallback = usable[0] ?? s.dates.find((d) => statement || !(s.contextDate && isDateline(s, d)));
  if (fallback) return fallback;
  // a sentence that states a date nobody can read (令和99年5月1日) must not borrow another one
  return UNREADABLE_DATE.test(s.text) ? null : s.contextDate;
}

/** 2019年以来, 2022年3~4月以降, 2019年4月のウラジオストク以来, 2014年から(…に転じた): a starting point, which does not become the running date. */
export function isReferencePoint(s: Pick<SentenceInput, 'text' | 'base'>, d: DateMention): boolean {
  const tail = s.text.slice(d.end - s.base, d.end - s.base + 24);
  if (REFERENCE_POINT.test(tail)) return true;
  // "the first meeting since Kim Jong Il met Dmitry Medvedev in August 2011": the same in English
  // (the cheap test first: Japanese sentences never contain "since")
  const from = Math.max(0, d.start - s.base - 100);
  const at = s.text.indexOf('since', from);
  return at >= 0 && at < d.start - s.base && SINCE_LEAD.test(s.text.slice(from, d.start - s.base));
}

const SINCE_LEAD = /\bsince\b[^.;]{0,70}$/u;

/**
 * "SEOUL, November 5, 2024 — Choe arrived in Moscow on Friday": the date of an
 * English news dateline is when the report was filed; another date of the
 * sentence tells when things happened.
 */
export function isNewsDateline(s: Pick<SentenceInput, 'text' | 'base'>, d: DateMention): boolean {
  const head = s.text.slice(0, d.start - s.base);
  return NEWS_DATELINE_HEAD.test(head) && NEWS_DATELINE_TAIL.test(s.text.slice(d.end - s.base, d.end - s.base + 4));
}

const NEWS_DATELINE_HEAD = /^(?:[A-Z][A-Z .'’-]*(?:, [A-Z][A-Za-z .'’-]*)?,\s*)?$/u;
const NEWS_DATELINE_TAIL = /^\s*(?:[—–]|-{1,2}\s|\(\w+\)\s*[—–-])/u;

/** 2023年10月20日付『労働新聞』によれば: the date of a publication cited, not of what it reports. */
export function isDateline(s: Pick<SentenceInput, 'text' | 'base'>, d: DateMention): boolean {
  return DATELINE.test(s.text.slice(d.end - s.base, d.end - s.base + 16));
}

const REFERENCE_POINT = /^(?:の[^、。]{0,15}?)?(?:以来|以降|ぶり)|^から(?![^、。]{0,14}(?:まで|にかけて))/u;

/**
 * A date that modifies a noun (2015年の記念行事, 2026~2027年の計画書) rather than
 * the clause (2014年2月に, 2014年2月、, 2018年6月の訪中時に): when the sentence
 * also has a date of the clause, the clause's date is the event's.
 */
export function isAttributive(s: Pick<SentenceInput, 'text' | 'base'>, d: DateMention): boolean {
  const tail = s.text.slice(d.end - s.base, d.end - s.base + 30);
  if (!tail.startsWith('の')) return false;
  return !TIME_NOUN.test(tail);
}

function opensLaterClause(s: Pick<SentenceInput, 'text' | 'base'>, triggerEnd: number, d: DateMention): boolean {
  const between = s.text.slice(triggerEnd - s.base, d.start - s.base);
  if (!/[、,]/u.test(between)) return false;
  // …を欠席し、翌日…に献花した: a day counted from the act (翌日, 翌月) is a later act's
  return /^(?:に|には|、|から)/u.test(s.text.slice(d.end - s.base, d.end - s.base + 3)) || /^(?:翌|前)/u.test(d.surface);
}

/** 2018年6月の訪中時に / 9月の首脳会談の際に / 同年の訪問中に: a noun of time turns the phrase back into an adverbial. */
const TIME_NOUN = /^の[^、。「」]{0,20}?(?:時|際|頃|直前|直後|期間中|最中|前後|間)(?:に|、|には|は)/u;

/** What may stand between a date and the noun it dates: の, then a few characters without a particle (2023年9月の露朝首脳会談). */
const OWN_PHRASE_GAP = /^の[^、。,「」をにへでがはと]{0,10}$/u;

const UNREADABLE_DATE = /(?:令和|平成|昭和|大正) ?(?:\d+|元)年/u;


/**
 * The date a sentence leaves in force for the sentences after it (null: keep
 * the one in force): its last date, except a point counted from (以来, 以降)
 * and a date that only modifies a noun and lies before a date of the clause (11月2日に訪中した外相は、8月の首脳会談を評価した: the narrative
 * stays in November; 8月 is looked back on).
 */
export function narrativeDate(s: Pick<SentenceInput, 'text' | 'base'>, dates: readonly DateMention[]): DateMention | null {
  const clause = dates.filter((d) => !isAttributive(s, d));
  const latestClause = clause.reduce<string | null>((a, d) => (a === null || d.iso > a ? d.iso : a), null);
  const kept = dates.filter(
    (d) => !isReferencePoint(s, d) && !isDateline(s, d) && !(isAttributive(s, d) && latestClause !== null && d.iso < latestClause.slice(0, d.iso.length)),
  );
  if (kept.length > 0) return kept[kept.length - 1]!;
  // only points counted from (2019年4月以来): the running date stays as it was
  return dates.every((d) => isReferencePoint(s, d) || isDateline(s, d)) ? null : dates[dates.length - 1] ?? null;
}
