import type { DateMention } from '../../core/date-mention.js';
import type { EventCandidate } from './extract-events.js';

/**
 * 首脳会談においては、総書記は…と表明した / 報道官は中朝首脳会談について
 * 「…」と述べた: a sentence without a date of its own that places what it tells
 * at an act already told (the summit, the visit) is dated by that act, not by
 * whatever date the previous sentence happened to name.
 */
const REFERENCE = /(首脳会談|会談|訪問|訪[露ロ朝中韓日米])(?:で|では|において|においては|について|に関して|の際|の場で|の冒頭|後|の後|時に|とほぼ同時期に|と同時期に)|\b(?:[Aa]fter|[Dd]uring|[Aa]t|[Ii]n) (?:the|their|that) (?:(summit)|(talks|meeting)|(visit|trip))\b/u;

/** The Japanese noun an English reference stands for: "after the summit" = 首脳会談. */
function nounOf(m: RegExpExecArray): string {
  if (m[1]) return m[1];
  return m[2] ? '首脳会談' : m[3] ? '会談' : '訪問';
}

/** How many earlier candidates a reference may reach back over. */
const LOOK_BACK = 40;

/** Which earlier candidates a reference noun points to: 首脳会談 a summit, 会談 any talks, 訪問 a visit. */
function refersTo(noun: string, c: EventCandidate): boolean {
  const visit = c.cameo.code === '042';
  if (/^訪/u.test(noun)) return visit;
  if (c.cameo.root !== '04' || visit || c.cameo.code === '043') return false;
  return noun !== '首脳会談' || c.rule.includes('summit') || c.persons.length === 2;
}

/**
 * The date of the act a dateless sentence refers to, or null when it refers to
 * none told before. Of the acts the noun can mean, the latest whose two actors
 * the sentence names wins, else the latest of the running year with one of them.
 */
export function referencedDate(
  sentence: string, mentions: readonly { readonly code: string }[], told: readonly EventCandidate[], running: DateMention | null,
  firstDate = Infinity,
): DateMention | null {
  const m = REFERENCE.exec(sentence);
  // 首脳会談とほぼ同時期に…平壌入りして、2012年から…: a date after the reference dates a later clause, not the reference
  if (!m || m.index > firstDate) return null;
  const actors = new Set(mentions.map((x) => x.code));
  const noun = nounOf(m);
  const recent = told.slice(Math.max(0, told.length - LOOK_BACK)).filter((c) => !c.reference && refersTo(noun, c));
  // 首脳会談 means the leaders' talks: acts told as summits come before other talks between two named persons
  const summits = noun === '首脳会談' ? recent.filter((c) => c.rule.includes('summit')) : [];
  return latestNamed(summits, actors, running) ?? latestNamed(recent, actors, running);
}

function latestNamed(cands: readonly EventCandidate[], actors: ReadonlySet<string>, running: DateMention | null): DateMention | null {
  let partial: DateMention | null = null;
  let otherYear: DateMention | null = null;
  const ofRunningYear = (c: EventCandidate): boolean => running === null || c.date.iso.slice(0, 4) === running.iso.slice(0, 4);
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    const named = [c.source, c.target].filter((x) => x !== null && actors.has(x)).length;
    // "…the first summit since Kim Jong Il met Medvedev in 2011. After the talks, Putin said…": an act of
    // another year with both actors (a flashback) is meant only when no act of the running year is
    if (named === 2 && ofRunningYear(c)) return c.date;
    if (named === 2) otherYear ??= c.date;
    // with one actor named, only an act of the running year (a 2018 summit is not meant in a passage on 2023)
    if (named === 1 && running !== null && c.date.iso.slice(0, 4) === running.iso.slice(0, 4)) partial ??= c.date;
  }
  return partial ?? otherYear;
}
