import type { Mention } from '../actors/match-actors.js';
import type { Frame } from './event-rule.js';
import type { RoleContext, Roles } from './roles.js';

/*
 * English role finding: English marks roles by word order, not particles.
 * The sentence is cut into clauses (at ; : , — but not the comma of
 * "June 19, 2024" — and at "that", "said", "says", "according to"); the
 * subject is the last actor before the trigger in the trigger's clause that
 * stands where a subject stands (clause start, after "the", a capitalised
 * word or a conjunction, not after a verb or preposition), or the possessive
 * right before a nominal trigger ("Xi Jinping's state visit to"); the object
 * is the first actor after the trigger in the clause (for visits also a
 * place, standing for its country). All offsets below are sentence-relative
 * unless named `doc…`.
 */

type Party = NonNullable<Roles['target']>;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A clause boundary: punctuation (not a thousands or date comma) or a reporting word. */
const BOUNDARY = /[;:]|,(?!\s?\d)|\b(?:that|said|says|according to)\b/g;
/** Words before an actor that leave it free to be a subject. */
const SUBJECT_LEAD = /^(?:and|but|or|while|whereas|then|also|both|meanwhile|later|now|as|because|since|when|after|before|day|week|month|year|morning|afternoon|evening|night|weekend|earlier|today|yesterday)$/i;
/** "the foreign ministry of China": the state behind an office is the subject. */
const OFFICE_OF = /\b(?:ministry|government|minister|president|leader|leadership|parliament|military|army|navy|forces|embassy|delegation|office|spokes(?:man|woman|person)|council|cabinet|authorities|officials?) of\s+(?:the\s+)?$/i;
const QUANTITY_OF = /\b(?:thousands|hundreds|dozens|tens of thousands|millions|some|many|most|all|several|[\d,.]+)\s+of\s+(?:the\s+)?$/i;
/** What joins coordinated actors: "Russia and China", "Japan, South Korea and the US". */
const AND_GAP = /^,?\s+(?:and|as well as|along with|together with)\s+(?:the\s+)?$/i;
const COMMA_GAP = /^,\s+(?:the\s+)?$/;
/** "Xi Jinping's state visit to": possessive + up to three lowercase modifiers before a nominal trigger. */
const POSSESSIVE_GAP = /^['’]s\s+(?:[a-z-]+\s+){0,3}$/;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$/i;
const PAIR_WORDS = /\b(?:both (?:sides|countries|leaders|governments)|the two (?:sides|countries|leaders|nations|governments))\b/i;

/**
 * Source and target for an English trigger (see the comment at the top).
 * Returns one assignment per coordinated subject ("Russia and China vetoed"),
 * or the pair for joint acts ("X and Y signed", "talks between X and Y").
 */
export function englishRoles(frame: Frame, ctx: RoleContext, defaultTargetCode: string | null, fixed: boolean): Roles[] {
  const text = ctx.text;
  const ts = ctx.triggerStart - ctx.base;
  const te = ctx.triggerEnd - ctx.base;
  const parties = mergeParties(ctx);
  const clauses = clausesOf(text, ts, te);
  const clause = clauses.find((c) => c.start <= ts && te <= c.end) ?? { start: 0, end: text.length };

  const afterTrigger = text.slice(te);
  // "received by X" (by after the trigger) or "shipped by X to" (by inside a trigger that runs on to its object)
  const byAfter = /^\s+by\s+/.exec(afterTrigger);
  const byInside = byAfter ? null : /^\S+\s+by\s+/.exec(text.slice(ts, te));
  const byAt = byAfter ? te + byAfter[0].length : byInside ? ts + byInside[0].length : -1;
  const subjects = findSubjects(text, parties, clauses, clause, ts, ctx.base);
  const objectIn = (from: number, exclude: string | null): Party | null =>
    parties.find((p) => p.start - ctx.base >= from && p.end - ctx.base <= clause.end && p.code !== exclude) ?? null;
  const placeIn = (from: number, exclude: string | null): Party | null => {
    const p = ctx.places.find((x) => x.start - ctx.base >= from && x.end - ctx.base <= clause.end && x.place.country && x.place.country !== exclude);
    return p ? { code: p.place.country, nameEn: null, start: p.start, end: p.end } : null;
  };
  const objectOrPlace = (from: number, exclude: string | null): Party | null => {
    const o = objectIn(from, exclude);
    const p = placeIn(from, exclude);
    if (!o) return p;
    if (!p) return o;
    return p.start < o.start ? p : o;
  };

  // "was received by Xi Jinping" / "a visit by Lavrov to Pyongyang": the agent follows "by"
  if (byAt >= 0 && frame !== 'unilateral') {
    const agent = parties.find((p) => p.start - ctx.base >= byAt && p.start - ctx.base <= byAt + 4); // + "the "
    if (agent) {
      const passive = PASSIVE_BEFORE.test(text.slice(clause.start, ts));
      const patient = passive ? subjects[0] ?? null : null;
      const target = fixed && defaultTargetCode
        ? pseudo(defaultTargetCode)
        : patient ?? (frame === 'visit' || frame === 'visit-cancel' || frame === 'meet' ? objectOrPlace(agent.end - ctx.base, agent.code) : objectIn(agent.end - ctx.base, agent.code));
      return target && target.code !== agent.code ? [{ source: agent, target }] : [];
    }
  }

  if (fixed && defaultTargetCode) {
    const target = pseudo(defaultTargetCode);
    return pairs(subjects, target);
  }

  if (frame === 'unilateral') return dedupeSources(subjects).map((s) => ({ source: s, target: null }));

  if (frame === 'statement') {
    const subject = subjects[0];
    if (!subject) return [];
    const target = parties.find((p) => p.start - ctx.base >= te && p.code !== subject.code) ?? quotedBefore(text, parties, ctx.base, subject);
    return target ? [{ source: subject, target }] : [];
  }

  const joint = frame === 'meet' || frame === 'summit' || frame === 'agree';
  if (joint) {
    const between = betweenPair(text, parties, ctx.base, te, clause.end);
    if (between) return [{ source: between[0], target: between[1] }];
    // "discussed North Korea with Wang Yi": the partner follows "with", whatever was discussed
    const withAt = /^[^,;:.]{0,60}?\bwith\s+(?:the\s+)?/i.exec(text.slice(te, clause.end));
    const partner = withAt ? parties.find((p) => p.start - ctx.base === te + withAt[0].length) : undefined;
    const subject = subjects[0];
    if (partner && subject && partner.code !== subject.code && frame === 'meet') return [{ source: subject, target: partner }];
    // "…hosted Kim at the cosmodrome, where the two leaders held talks": the pair words are the
    // subject of this clause, so an actor of an earlier clause is not
    const lead = text.slice(clause.start, ts);
    if (ctx.previousPair && PAIR_WORDS.test(lead) && !parties.some((p) => p.start - ctx.base >= clause.start && p.end - ctx.base <= ts)) {
      return [{ source: pseudo(ctx.previousPair[0]), target: pseudo(ctx.previousPair[1]) }];
    }
  }

  const first = subjects[0] ?? null;
  let target: Party | null;
  if (frame === 'visit' || frame === 'visit-cancel') target = objectOrPlace(te, first?.code ?? null);
  else target = objectIn(te, first?.code ?? null);
  if (!target && frame === 'directed' && first) target = actReferredTo(text.slice(te, clause.end), ctx, first.code) ?? pairReferredTo(text.slice(te, clause.end), ctx, first.code);
  // "annexed Crimea", "shelled Yeonpyeong Island": a place right after the verb stands for its country
  if (!target && frame === 'directed' && first) {
    const p = placeIn(te, first.code);
    if (p && /^\s+(?:the\s+)?$/.test(text.slice(te, p.start - ctx.base))) target = p;
  }

  if (joint && !target) {
    const distinct = dedupeSources(subjects);
    if (distinct.length >= 2) return [{ source: distinct[0]!, target: distinct[1]! }];
    if (distinct.length === 0 && ctx.previousPair && PAIR_WORDS.test(text.slice(clause.start, te))) {
      return [{ source: pseudo(ctx.previousPair[0]), target: pseudo(ctx.previousPair[1]) }];
    }
    if (frame === 'meet') target = placeIn(te, first?.code ?? null);
  }
  if (!target && defaultTargetCode) target = pseudo(defaultTargetCode);
  if (!target) return [];
  return pairs(subjects, target);
}

/**
 * '"We stand with Russia," Kim said': the words come before the speaker, so the
 * target is the first other actor inside the quotation that closes right before them.
 */
function quotedBefore(text: string, parties: readonly Mention[], base: number, speaker: Party): Party | null {
  const head = text.slice(0, speaker.start - base);
  const close = /[”"],?\s*(?:(?:the|a|an)\s+)?(?:[A-Za-z.-]+\s+){0,3}$/.exec(head);
  if (!close) return null;
  const open = Math.max(head.lastIndexOf('“', close.index), head.lastIndexOf('"', close.index - 1));
  if (open < 0) return null;
  return parties.find((p) => p.start - base > open && p.end - base <= close.index && p.code !== speaker.code) ?? null;
}

/**
 * Nouns that name an act already told, by CAMEO root: "condemned the deployment"
 * after "troops were sent to Russia" is aimed at whoever sent them. Role words
 * of English grammar, not a lexicon analysts extend, so they live here.
 */
const ACT_NOUNS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:deployments?|dispatch|troop movements?|troops)$/, ['06']],
  [/^(?:transfers?|shipments?|deliver(?:y|ies)|supplies|supply|arms deals?|arms trade)$/, ['07']],
  [/^(?:visit|trip|talks|meeting|summit)$/, ['04']],
  [/^(?:treaty|agreement|pact|deal|accord)$/, ['05', '03']],
  [/^(?:veto)$/, ['12']],
  [/^(?:sanctions)$/, ['16']],
  [/^(?:launch(?:es)?|tests?|firings?)$/, ['15']],
  [/^(?:attacks?|strikes?|shelling|bombardment|invasion|incursion)$/, ['18', '19', '20']],
];

/** "condemned the deployment": the actor of the act the noun names, if that act was the last one told. */
function actReferredTo(after: string, ctx: RoleContext, subject: string): Party | null {
  const m = /^\s+(?:the|this|that|its|their|these|those)\s+(?:[a-z-]+\s+){0,2}?([a-z]+(?:\s[a-z]+)?)\b/.exec(after);
  const noun = m ? ACT_NOUNS.find(([re]) => re.test(m[1]!) || re.test(m[1]!.split(' ')[0]!)) : undefined;
  const act = noun ? ctx.previousActs?.find((a) => noun[1].includes(a.cameo.slice(0, 2))) : undefined;
  if (!act) return null;
  const code = act.source !== subject ? act.source : act.target;
  return code && code !== subject ? pseudo(code) : null;
}

/** "praised the contacts between the two countries": the other member of the pair told before. */
function pairReferredTo(after: string, ctx: RoleContext, subject: string): Party | null {
  if (!ctx.previousPair || !ctx.previousPair.includes(subject) || !PAIR_WORDS.test(after)) return null;
  const other = ctx.previousPair.find((c) => c !== subject);
  return other ? pseudo(other) : null;
}

function pairs(subjects: readonly Party[], target: Party): Roles[] {
  return dedupeSources(subjects).filter((s) => s.code !== target.code).map((s) => ({ source: s, target }));
}

function dedupeSources(subjects: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return subjects.filter((s) => !seen.has(s.code) && seen.add(s.code));
}

function pseudo(code: string): Party {
  return { code, nameEn: null, start: -1, end: -1 };
}

/**
 * "Russian President Vladimir Putin" is a title mention and a person
 * mention of one state, side by side: one party (spanning both, named by
 * the person).
 */
function mergeParties(ctx: RoleContext): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.code === m.code && m.start >= prev.end && /^\s*$/.test(ctx.text.slice(prev.end - ctx.base, m.start - ctx.base))) {
      const named = m.kind === 'person' || !prev.nameEn ? m : prev;
      out[out.length - 1] = { ...named, start: prev.start, end: m.end, surface: ctx.text.slice(prev.start - ctx.base, m.end - ctx.base) };
    } else out.push(m);
  }
  return out;
}

/** The clauses of the sentence; boundaries inside the trigger ("demanded that") do not cut. */
function clausesOf(text: string, ts: number, te: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const b = m.index;
    const e = b + m[0].length;
    if (b < te && e > ts) continue;
    out.push({ start, end: b });
    start = e;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The word right before `at` (sentence-relative) within the clause, "the" skipped. */
function wordBefore(text: string, from: number, at: number): string {
  const m = /(\S+)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(from, at - 40), at));
  return m ? m[1]! : '';
}

/** Whether the party at sentence offset `at` stands where a subject stands. */
function subjectLike(text: string, clause: Span, at: number): boolean {
  const lead = text.slice(clause.start, at);
  if (/^\s*(?:the\s+)?$/i.test(lead)) return true;
  if (OFFICE_OF.test(lead)) return true;
  // "thousands of North Korean soldiers had been moved": a quantity of the subject
  if (QUANTITY_OF.test(lead)) return true;
  const w = wordBefore(text, clause.start, at);
  if (!w) return true;
  if (SUBJECT_LEAD.test(w)) return true;
  return !/^[a-z]/.test(w); // a capitalised word, a number, punctuation: not a verb or preposition
}

/**
 * The subject of the trigger with the actors coordinated with it, nearest
 * first: the possessive before a nominal trigger, else the last subject-like
 * actor of the trigger's clause, else of the nearest earlier clause that has
 * one ("Kim Jong Un, who arrived on Tuesday, visited ...").
 */
function findSubjects(text: string, parties: readonly Mention[], clauses: readonly Span[], clause: Span, ts: number, base: number): Mention[] {
  const rel = (p: Mention): number => p.start - base;
  const relEnd = (p: Mention): number => p.end - base;
  // Xi Jinping's state visit to ...
  const before = parties.filter((p) => relEnd(p) <= ts);
  const last = before[before.length - 1];
  if (last && POSSESSIVE_GAP.test(text.slice(relEnd(last), ts))) return [last];
  const ci = clauses.indexOf(clause);
  for (let k = ci; k >= 0; k--) {
    const c = clauses[k]!;
    const limit = k === ci ? ts : c.end;
    // a list may run back over clause commas: "Japan, South Korea and the US condemned"
    const upTo = parties.filter((p) => relEnd(p) <= limit);
    for (let i = upTo.length - 1; i >= 0 && rel(upTo[i]!) >= c.start; i--) {
      const chain = coordinatedChain(text, upTo, i, rel, relEnd);
      const headClause = clauses.find((x) => x.start <= rel(chain.head) && rel(chain.head) < x.end) ?? c;
      if (subjectLike(text, headClause, rel(chain.head))) return chain.members;
      // "between X and Y", "with X and Y": the whole chain is an oblique; go on before it
      i = upTo.indexOf(chain.head);
    }
  }
  return [];
}

/**
 * The actors coordinated with inClause[i], walking left over "and" / ", ";
 * members nearest the trigger first. A comma-only gap joins only a list
 * that ends in "and" ("Japan, South Korea and the US").
 */
function coordinatedChain(
  text: string, inClause: readonly Mention[], i: number, rel: (p: Mention) => number, relEnd: (p: Mention) => number,
): { head: Mention; members: Mention[] } {
  const members = [inClause[i]!];
  let head = inClause[i]!;
  let sawAnd = false;
  for (let j = i - 1; j >= 0; j--) {
    const m = inClause[j]!;
    const gap = text.slice(relEnd(m), rel(head));
    if (AND_GAP.test(gap)) sawAnd = true;
    else if (!(sawAnd && COMMA_GAP.test(gap))) break;
    members.push(m);
    head = m;
  }
  return { head, members: members.reverse() };
}

/** "summit between North Korea and Russia": the pair named right after the trigger. */
function betweenPair(text: string, parties: readonly Mention[], base: number, te: number, clauseEnd: number): [Mention, Mention] | null {
  const m = /^[^,;:.]{0,25}?\bbetween\s+/i.exec(text.slice(te, clauseEnd));
  if (!m) return null;
  const at = te + m[0].length;
  const i = parties.findIndex((p) => p.start - base >= at && p.start - base <= at + 4);
  const a = parties[i];
  const b = parties[i + 1];
  if (!a || !b || a.code === b.code) return null;
  if (!/^\s+and\s+(?:the\s+)?$/i.test(text.slice(a.end - base, b.start - base))) return null;
  return [a, b];
}
