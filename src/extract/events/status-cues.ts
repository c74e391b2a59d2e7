import { readFileSync } from 'node:fs';
import type { Language } from '../../core/document.js';
import type { EventStatus } from '../../core/event.js';
import { dataPath } from '../../data-path.js';

type CueSet = Readonly<Record<Language, RegExp>>;

export interface StatusCues {
  readonly cancelled: CueSet;
  readonly planned: CueSet;
  readonly alleged: CueSet;
  readonly negated: CueSet;
  /** Japanese clause openers that make what follows hypothetical (そうなった場合に…). */
  readonly conditional: RegExp;
  /** Japanese words after a trigger that make the act a topic of talk (…の発射について). */
  readonly about: RegExp;
  /** A speaker titled as a scholar, expert or journalist (…教授は、「…」と述べた): no state actor. */
  readonly commentator: RegExp | null;
}

type CueJson = Record<'cancelled' | 'planned' | 'alleged' | 'negated', Record<Language, string>> & { conditional: { ja: string }; about: { ja: string }; commentator?: { ja: string } };

export function compileCues(json: CueJson): StatusCues {
  // English cues ignore case (If, Whether at the start of a sentence)
  const set = (k: 'cancelled' | 'planned' | 'alleged' | 'negated'): CueSet => ({ ja: new RegExp(json[k].ja, 'u'), en: new RegExp(json[k].en, 'iu') });
  return {
    cancelled: set('cancelled'), planned: set('planned'), alleged: set('alleged'), negated: set('negated'),
    conditional: new RegExp(json.conditional.ja, 'u'),
    about: new RegExp(json.about.ja, 'u'),
    commentator: json.commentator ? new RegExp(json.commentator.ja, 'u') : null,
  };
}

export function loadCues(file = dataPath('status-cues.json')): StatusCues {
  return compileCues(JSON.parse(readFileSync(file, 'utf8')) as CueJson);
}

/**
 * The status of an event from the words that follow its trigger in the same
 * clause (Japanese puts tense, modality and negation after the verb).
 * Returns null when the clause negates the event (or, unless it is an ongoing
 * state, only talks about it).
 */
const TOLD_AS_DONE = /(?:開催され|実施され|行われ|開かれ)た[^、。]{0,12}$/u;

/** A contrast that ends the trigger's clause: 出席した一方、…参加を見送った (the second clause's status is its own). */
const CONTRAST = /一方|が、|のに対し|ものの|けれども/u;

export function statusOf(cues: StatusCues, lang: Language, after: string, before: string, ongoingState = false): EventStatus | null {
  const jaClause = lang === 'ja' ? after.slice(0, 25) : '';
  const turn = lang === 'ja' ? CONTRAST.exec(jaClause) : null;
  const clause = lang === 'ja' ? (turn ? jaClause.slice(0, turn.index) : jaClause) : `${before.slice(-40)} ${after.slice(0, 40)}`;
  if (cues.cancelled[lang].test(clause)) return 'cancelled';
  if (lang === 'ja' && cues.conditional.test(before.slice(-25))) return null;
  if (cues.negated[lang].test(lang === 'ja' ? after.slice(0, 12) : clause)) return null;
  // クリミア併合の是非について: an ongoing state talked about is still a fact; a launch talked about is not
  // 6月20日に開かれた中朝首脳会談について: a relative clause has already said the act took place
  if (lang === 'ja' && !ongoingState && cues.about.test(after.slice(0, 12)) && !TOLD_AS_DONE.test(before.slice(-20))) return null;
  if (cues.planned[lang].test(lang === 'ja' ? after.slice(0, 12) : clause)) return 'planned';
  // English puts the source of a claim before the verb, often far before it: read the whole sentence start
  if (cues.alleged[lang].test(lang === 'ja' ? after.slice(0, 40) : `${before} ${after.slice(0, 40)}`)) return 'alleged';
  return 'occurred';
}
